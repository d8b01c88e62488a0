import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';

export interface DevelopmentSecrets {
  internalTokenPrivateJwk: string;
  internalTokenPublicJwk: string;
  sessionSecret: string;
}

/**
 * Development only: secrets made on first start and kept in the data folder (never committed), so that
 * `npm start` needs no setup and restarts keep sessions valid. Production sets them through the
 * environment and never reaches this.
 */
export async function loadOrCreateDevelopmentSecrets(dataDir: string): Promise<DevelopmentSecrets> {
  const path = join(dataDir, 'development-secrets.json');
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as DevelopmentSecrets;
  const secrets = await generateSecrets();
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(path, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/** A fresh internal-token key pair (Ed25519) and a 256-bit session secret. */
export async function generateSecrets(): Promise<DevelopmentSecrets> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  return {
    internalTokenPrivateJwk: JSON.stringify(await exportJWK(privateKey)),
    internalTokenPublicJwk: JSON.stringify(await exportJWK(publicKey)),
    sessionSecret: Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url'),
  };
}
