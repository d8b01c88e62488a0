import { jwtVerify } from 'jose';
import type { GrantRecord } from './grantObject.ts';
import { signOidcJwt } from './oidcJwt.ts';
import { OIDC_SIGNING_ALGORITHM, type OidcSigningKeys } from './signingKeys.ts';
import type { UserClaims } from './userClaims.ts';

/**
 * The tokens modules receive. Both are ES256 JWTs that any OIDC library verifies with /oauth2/jwks.
 * The access token is bound to one instance (aud = its client id) and names its grant (`gid`), so the
 * edge can tell at userinfo or introspection whether the grant was revoked since.
 */
export const ACCESS_TOKEN_TTL_SECONDS = 600;
export const ID_TOKEN_TTL_SECONDS = 600;
export const CODE_TTL_MS = 60_000;
/** A grant (and its refresh tokens) lasts at most this long, and never beyond its SSO session. */
export const GRANT_TTL_MS = 12 * 60 * 60 * 1000;

export interface AccessTokenClaims {
  sub: string;
  clientId: string;
  scope: string[];
  grantId: string;
  sid: string;
  expiresAt: number;
}

/** The claims about the user that the scopes allow. */
export function userClaimsFor(user: UserClaims, scope: readonly string[]): Record<string, unknown> {
  return {
    sub: user.userId,
    ...(scope.includes('profile') ? { username: user.username, name: user.name, company: user.company, groups: user.groups } : {}),
    ...(scope.includes('email') ? { email: user.email } : {}),
  };
}

export function signIdToken(
  keys: OidcSigningKeys,
  token: { issuer: string; grant: GrantRecord; user: UserClaims; now: number },
): Promise<string> {
  const { grant, user } = token;
  // The ID token says who signed in, how and when, whatever the scopes: a module needs it to log in.
  return signOidcJwt(keys, {
    typ: 'JWT',
    issuer: token.issuer,
    subject: user.userId,
    audience: grant.clientId,
    now: token.now,
    ttlSeconds: ID_TOKEN_TTL_SECONDS,
    claims: {
      username: user.username,
      email: user.email,
      name: user.name,
      company: user.company,
      groups: user.groups,
      amr: grant.amr,
      auth_time: Math.floor(grant.authTime / 1000),
      sid: grant.sessionHandle,
      ...(grant.nonce ? { nonce: grant.nonce } : {}),
    },
  });
}

export function signAccessToken(
  keys: OidcSigningKeys,
  token: { issuer: string; clientId: string; userId: string; scope: readonly string[]; grantId: string; sid: string; now: number },
): Promise<string> {
  return signOidcJwt(keys, {
    typ: 'at+jwt',
    issuer: token.issuer,
    subject: token.userId,
    audience: token.clientId,
    now: token.now,
    ttlSeconds: ACCESS_TOKEN_TTL_SECONDS,
    jti: true,
    claims: { client_id: token.clientId, scope: token.scope.join(' '), gid: token.grantId, sid: token.sid },
  });
}

/** The claims of an access token this issuer signed and that has not expired; undefined otherwise. */
export async function verifyAccessToken(keys: OidcSigningKeys, issuer: string, token: string): Promise<AccessTokenClaims | undefined> {
  try {
    const { payload } = await jwtVerify(token, keys.verificationKeys, {
      issuer,
      algorithms: [OIDC_SIGNING_ALGORITHM],
      typ: 'at+jwt',
    });
    const { sub, client_id: clientId, scope, gid, sid, exp } = payload;
    if (typeof sub !== 'string' || typeof clientId !== 'string' || typeof scope !== 'string') return undefined;
    if (typeof gid !== 'string' || typeof sid !== 'string' || typeof exp !== 'number') return undefined;
    return { sub, clientId, scope: scope.split(' ').filter(Boolean), grantId: gid, sid, expiresAt: exp * 1000 };
  } catch {
    return undefined;
  }
}
