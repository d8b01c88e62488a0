import { Hono, type Context } from 'hono';
import type { EdgeBindings } from '../env.ts';
import { issuerOf } from '../oidc/issuer.ts';
import { userClaimsFor, verifyAccessToken } from '../oidc/tokenIssuer.ts';
import { fetchUserClaims } from '../oidc/userClaims.ts';
import { grantObject } from '../oidc/grantObjects.ts';

/**
 * `GET|POST /oauth2/userinfo` (OpenID Connect Core §5.3): the signed-in user's claims for a valid
 * access token, as the token's scopes allow. A token whose grant was revoked since (sign-out, a reused
 * refresh token) or whose user is gone gets 401 with the RFC 6750 header, even before it expires.
 */
const handler = async (c: Context<EdgeBindings>) => {
  const { config, requestId } = c.var;
  const token = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(c.req.header('authorization') ?? '')?.[1];
  const refuse = (description: string) => {
    c.header('www-authenticate', `Bearer error="invalid_token", error_description="${description}"`);
    return c.json({ error: 'invalid_token', error_description: description }, 401);
  };
  if (!token) return refuse('Send the access token as a Bearer token.');
  const claims = await verifyAccessToken(config.oidcSigningKeys, issuerOf(c), token);
  if (!claims) return refuse('The access token is not valid or has expired.');
  const grant = await grantObject(config, claims.grantId).read(Date.now());
  if (!grant.ok) return refuse('The access token was revoked.');
  const user = await fetchUserClaims(config, claims.sub, requestId);
  if (!user) return refuse('The user no longer exists.');
  return c.json(userClaimsFor(user, claims.scope));
};

export const oidcUserinfoRoutes = new Hono<EdgeBindings>().get('/oauth2/userinfo', handler).post('/oauth2/userinfo', handler);
