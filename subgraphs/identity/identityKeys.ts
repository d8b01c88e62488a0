import { keyVariable, loadConfig } from '@lanyard/core/config';
import { loadOrCreateDevelopmentSecrets } from '@lanyard/core/developmentSecrets';
import type { SubgraphSettings } from '@lanyard/core/subgraphService';

/** The keys only identity holds: one seals TOTP secrets at rest, one keys the recovery-code hashes. */
export interface IdentityKeys {
  totpEncryptionKey: string;
  recoveryCodeKey: string;
}

/**
 * From TOTP_ENCRYPTION_KEY and RECOVERY_CODE_KEY; in development a missing one comes from the data
 * folder's development secrets. Production refuses to start without both: changing either later makes
 * every enrolled authenticator (or every recovery code) unusable, so they must be kept, not generated.
 */
export async function loadIdentityKeys(
  settings: SubgraphSettings,
  env: Record<string, string | undefined> = process.env,
): Promise<IdentityKeys> {
  const config = loadConfig({ TOTP_ENCRYPTION_KEY: keyVariable.optional(), RECOVERY_CODE_KEY: keyVariable.optional() }, env);
  if (config.TOTP_ENCRYPTION_KEY && config.RECOVERY_CODE_KEY) {
    return { totpEncryptionKey: config.TOTP_ENCRYPTION_KEY, recoveryCodeKey: config.RECOVERY_CODE_KEY };
  }
  const environment = settings.environment;
  if (!environment || environment.nodeEnv === 'production') {
    throw new Error('Bad configuration: TOTP_ENCRYPTION_KEY and RECOVERY_CODE_KEY are required in production');
  }
  const development = await loadOrCreateDevelopmentSecrets(environment.dataDir);
  return {
    totpEncryptionKey: config.TOTP_ENCRYPTION_KEY ?? development.totpEncryptionKey,
    recoveryCodeKey: config.RECOVERY_CODE_KEY ?? development.recoveryCodeKey,
  };
}
