import { exportJWK } from 'jose';

/**
 * A fresh OIDC_SIGNING_KEYS value of one ES256 (P-256) key: `{ "signing": "<kid>", "keys": [<private
 * JWK>] }`, for `npm run keys` and the development secrets. The edge reads it (edge/oidc/signingKeys.ts);
 * its comment says how to rotate.
 */
export async function generateOidcSigningKeys(): Promise<string> {
  const { privateKey } = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const jwk = await exportJWK(privateKey);
  const kid = `es256-${new Date().toISOString().slice(0, 10)}-${crypto.randomUUID().slice(0, 8)}`;
  return JSON.stringify({ signing: kid, keys: [{ ...jwk, kid }] });
}
