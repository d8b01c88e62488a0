import { keyVariable, loadConfig } from '@lanyard/core/config';
import { loadOrCreateDevelopmentSecrets } from '@lanyard/core/developmentSecrets';
import type { SubgraphSettings } from '@lanyard/core/subgraphService';

/** The key only the modules subgraph holds: it seals the SCIM provisioning tokens of instances at rest. */
export interface ModulesKeys {
  provisioningTokenKey: string;
}

/**
 * From PROVISIONING_TOKEN_KEY; in development a missing one comes from the data folder's development
 * secrets. Production refuses to start without it: changing it later makes every saved SCIM token
 * unreadable (each must then be saved again), so it must be kept, not generated.
 */
export async function loadModulesKeys(
  settings: SubgraphSettings,
  env: Record<string, string | undefined> = process.env,
): Promise<ModulesKeys> {
  const config = loadConfig({ PROVISIONING_TOKEN_KEY: keyVariable.optional() }, env);
  if (config.PROVISIONING_TOKEN_KEY) return { provisioningTokenKey: config.PROVISIONING_TOKEN_KEY };
  const environment = settings.environment;
  if (!environment || environment.nodeEnv === 'production') {
    throw new Error('Bad configuration: PROVISIONING_TOKEN_KEY is required in production');
  }
  return { provisioningTokenKey: (await loadOrCreateDevelopmentSecrets(environment.dataDir)).provisioningTokenKey };
}
