import type { Context } from 'hono';
import type { EdgeBindings } from '../env.ts';
import type { GrantRecord } from './grantObject.ts';
import { grantObject } from './grantObjects.ts';
import { issuerOf } from './issuer.ts';
import { verifyAccessToken, type AccessTokenClaims } from './tokenIssuer.ts';

/**
 * An access token presented as `Authorization: Bearer` (RFC 6750 §2.1) to the edge's protected
 * resources (userinfo, the App Launcher's entries): signed by this issuer, not expired, and of a grant
 * not revoked since (sign-out, a reused refresh token), which the token alone cannot tell.
 */

/** RFC 6750 §3: 401 with `WWW-Authenticate: Bearer error="invalid_token"` and the same in the body. */
export function refuseInvalidToken(c: Context<EdgeBindings>, description: string): Response {
  c.header('www-authenticate', `Bearer error="invalid_token", error_description="${description}"`);
  return c.json({ error: 'invalid_token', error_description: description }, 401);
}

/** The token's claims, or the refusal to answer with. */
export async function bearerAccessToken(c: Context<EdgeBindings>): Promise<{ claims: AccessTokenClaims; grant: GrantRecord } | { refused: Response }> {
  const { config } = c.var;
  const token = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(c.req.header('authorization') ?? '')?.[1];
  if (!token) return { refused: refuseInvalidToken(c, 'Send the access token as a Bearer token.') };
  const claims = await verifyAccessToken(config.oidcSigningKeys, issuerOf(c), token);
  if (!claims) return { refused: refuseInvalidToken(c, 'The access token is not valid or has expired.') };
  const grant = await grantObject(config, claims.grantId).read(Date.now());
  if (!grant.ok) return { refused: refuseInvalidToken(c, 'The access token was revoked.') };
  return { claims, grant: grant.grant };
}
