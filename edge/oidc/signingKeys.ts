import { createLocalJWKSet, importJWK, type CryptoKey, type JWK } from 'jose';

/**
 * The keys the edge signs ID and access tokens with (ES256, which every OpenID Connect client library
 * verifies), from the OIDC_SIGNING_KEYS secret: a JSON object `{ "signing": "<kid>", "keys": [<private
 * P-256 JWKs, each with a kid>] }`. Every key's public half is published at /oauth2/jwks; only the one
 * named by `signing` signs. Rotation, without a token ever failing to verify:
 *  1. add the next key to `keys` and deploy: it is published, not yet used;
 *  2. once clients have refreshed their copy of the JWKS (a day is generous), name it in `signing`;
 *  3. once the old key's last tokens have expired (the longest token lives 12 hours), remove it.
 */
export interface OidcSigningKeys {
  signingKid: string;
  signingKey: CryptoKey;
  /** The public JWK Set, as /oauth2/jwks answers it. */
  jwks: { keys: JWK[] };
  /**
   * Verifies the edge's own tokens against that set. Made once, so that verifying a token at
   * userinfo, introspection or token exchange imports no key.
   */
  verificationKeys: ReturnType<typeof createLocalJWKSet>;
}

export const OIDC_SIGNING_ALGORITHM = 'ES256';

export class OidcSigningKeysProblem extends Error {}

export async function importOidcSigningKeys(secret: string): Promise<OidcSigningKeys> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(secret);
  } catch {
    throw new OidcSigningKeysProblem('is not JSON');
  }
  const { signing, keys } = (parsed ?? {}) as { signing?: unknown; keys?: unknown };
  if (typeof signing !== 'string' || !Array.isArray(keys) || keys.length === 0) {
    throw new OidcSigningKeysProblem('must be { "signing": "<kid>", "keys": [<private EC P-256 JWKs with kid>] }');
  }
  const published: JWK[] = [];
  let signingKey: CryptoKey | undefined;
  const kids = new Set<string>();
  for (const key of keys as JWK[]) {
    if (key?.kty !== 'EC' || key.crv !== 'P-256' || typeof key.d !== 'string' || typeof key.kid !== 'string' || kids.has(key.kid)) {
      throw new OidcSigningKeysProblem('holds a key that is not a private EC P-256 JWK with its own kid');
    }
    kids.add(key.kid);
    const { d: _private, ...publicPart } = key;
    published.push({ kty: publicPart.kty, crv: publicPart.crv, x: publicPart.x, y: publicPart.y, kid: key.kid, use: 'sig', alg: OIDC_SIGNING_ALGORITHM });
    if (key.kid === signing) signingKey = (await importJWK(key, OIDC_SIGNING_ALGORITHM)) as CryptoKey;
  }
  if (!signingKey) throw new OidcSigningKeysProblem(`names "${signing}" as the signing key, which is not among its keys`);
  const jwks = { keys: published };
  return { signingKid: signing, signingKey, jwks, verificationKeys: createLocalJWKSet(jwks) };
}
