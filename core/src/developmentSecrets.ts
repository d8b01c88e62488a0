import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import { generateOidcSigningKeys } from './oidcSigningKeyGeneration.ts';

/** Every secret a Lanyard deployment needs; in production each comes from the environment. */
export interface DevelopmentSecrets {
  internalTokenPrivateJwk: string;
  internalTokenPublicJwk: string;
  sessionSecret: string;
  /** AES-256-GCM key for TOTP secrets at rest (identity), 32 bytes base64url. */
  totpEncryptionKey: string;
  /** HMAC key for recovery-code hashes (identity), 32 bytes base64url. */
  recoveryCodeKey: string;
  /** AES-256-GCM key for modules' SCIM provisioning tokens at rest (modules), 32 bytes base64url. */
  provisioningTokenKey: string;
  /** The edge's OIDC_SIGNING_KEYS: ES256 keys for the tokens modules verify. */
  oidcSigningKeys: string;
}

/**
 * Development only: secrets made on first start and kept in the data folder (never committed), so that
 * `npm start` needs no setup and restarts keep sessions valid. A folder from an older Lanyard gets the
 * secrets it lacks added, keeping the ones it has. Production sets them through the environment.
 */
export async function loadOrCreateDevelopmentSecrets(dataDir: string): Promise<DevelopmentSecrets> {
  const path = join(dataDir, 'development-secrets.json');
  const existing = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Partial<DevelopmentSecrets>) : {};
  const fresh = await generateSecrets();
  const complete = Object.keys(fresh).every((name) => existing[name as keyof DevelopmentSecrets]);
  if (complete) return existing as DevelopmentSecrets;
  // The key pair only travels together: a half pair would sign what nothing can verify.
  const keyPair = existing.internalTokenPrivateJwk && existing.internalTokenPublicJwk ? existing : fresh;
  const secrets: DevelopmentSecrets = {
    ...fresh,
    ...existing,
    internalTokenPrivateJwk: keyPair.internalTokenPrivateJwk!,
    internalTokenPublicJwk: keyPair.internalTokenPublicJwk!,
  };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(path, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/** A fresh internal-token key pair (Ed25519) and fresh 256-bit secrets. */
export async function generateSecrets(): Promise<DevelopmentSecrets> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const random256 = () => Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
  return {
    internalTokenPrivateJwk: JSON.stringify(await exportJWK(privateKey)),
    internalTokenPublicJwk: JSON.stringify(await exportJWK(publicKey)),
    sessionSecret: random256(),
    totpEncryptionKey: random256(),
    recoveryCodeKey: random256(),
    provisioningTokenKey: random256(),
    oidcSigningKeys: await generateOidcSigningKeys(),
  };
}
