import { Hono, type Context } from 'hono';
import type { EdgeBindings } from '../env.ts';
import { bearerAccessToken, refuseInvalidToken } from '../oidc/bearerAccessToken.ts';
import { allowPublicClientOrigin } from '../oidc/publicClientCors.ts';
import { userClaimsFor } from '../oidc/tokenIssuer.ts';
import { userOfGrant } from '../oidc/grantAccess.ts';

/**
 * `GET|POST /oauth2/userinfo` (OpenID Connect Core §5.3): the signed-in user's claims for a valid
 * access token, as the token's scopes allow. A token whose grant was revoked since (sign-out, a reused
 * refresh token) or whose user is gone gets 401 with the RFC 6750 header, even before it expires.
 */
const handler = async (c: Context<EdgeBindings>) => {
  const bearer = await bearerAccessToken(c);
  if ('refused' in bearer) return bearer.refused;
  const { claims, grant } = bearer;
  const { config, requestId } = c.var;
  const client = await config.oidcClients.byClientId(config, claims.clientId, requestId);
  if (client) allowPublicClientOrigin(c, client);
  const user = await userOfGrant(config, grant, requestId);
  if (!user) return refuseInvalidToken(c, 'The user no longer exists.');
  return c.json(userClaimsFor(user, claims.scope));
};

export const oidcUserinfoRoutes = new Hono<EdgeBindings>().get('/oauth2/userinfo', handler).post('/oauth2/userinfo', handler);
