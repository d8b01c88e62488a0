import { SignJWT, type JWTPayload } from 'jose';
import { OIDC_SIGNING_ALGORITHM, type OidcSigningKeys } from './signingKeys.ts';

/**
 * Every JWT the edge gives modules (ID, access and logout tokens): signed with the current OIDC key,
 * named by its kid and its type, from this issuer about one user for one client, valid `ttlSeconds`
 * from `now`. `jti` gives the token an id of its own, for tokens a receiver may want to tell apart.
 */
export function signOidcJwt(
  keys: OidcSigningKeys,
  token: { typ: string; issuer: string; subject: string; audience: string; now: number; ttlSeconds: number; jti?: boolean; claims: JWTPayload },
): Promise<string> {
  const issuedAt = Math.floor(token.now / 1000);
  const jwt = new SignJWT(token.claims)
    .setProtectedHeader({ alg: OIDC_SIGNING_ALGORITHM, kid: keys.signingKid, typ: token.typ })
    .setIssuer(token.issuer)
    .setSubject(token.subject)
    .setAudience(token.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + token.ttlSeconds);
  if (token.jti) jwt.setJti(crypto.randomUUID());
  return jwt.sign(keys.signingKey);
}
