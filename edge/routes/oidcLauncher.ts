import { Hono } from 'hono';
import type { EdgeBindings } from '../env.ts';
import { bearerAccessToken, refuseInvalidToken } from '../oidc/bearerAccessToken.ts';
import { launcherEntries } from '../oidc/domain/launcherEntries.ts';
import { issuerOf } from '../oidc/issuer.ts';
import { fetchLauncherInstances } from '../oidc/launcherInstances.ts';
import { userOfGrant } from '../oidc/grantAccess.ts';
import { reachesInstance } from '../oidc/userClaims.ts';

/**
 * `GET /oauth2/launcher`: the App Launcher's entries for the user of an access token, asked by the
 * module's backend with the token it already holds (`Authorization: Bearer`, RFC 6750), never by a
 * browser with cookies, so it works across sites without third-party cookies and without loosening
 * the session cookie. Beside userinfo under /oauth2 because it is a resource of the same kind: the
 * token's user, as Lanyard knows them now.
 *
 * Answers `{ entries, discover }` (see oidc/domain/launcherEntries.ts): the instances the user reaches
 * now, each a top-level link to `/launch/<instance id>`, and the company's other instances by name.
 * The module renders them into its page for `<lanyard-launcher>` (routes/launcherScript.ts). No
 * CORS headers: no other site's page may read a person's entries.
 */
export const oidcLauncherRoutes = new Hono<EdgeBindings>().get('/oauth2/launcher', async (c) => {
  const { config, requestId } = c.var;
  const bearer = await bearerAccessToken(c);
  if ('refused' in bearer) return bearer.refused;
  const { claims, grant } = bearer;
  const [user, client] = await Promise.all([
    userOfGrant(config, grant, requestId),
    config.oidcClients.byClientId(config, claims.clientId, requestId),
  ]);
  if (!user) return refuseInvalidToken(c, 'The user no longer exists.');
  // A deleted module's tokens list nothing, even within their ten minutes.
  if (!client || client.companyId !== user.companyId) return refuseInvalidToken(c, 'The module of this access token no longer exists.');
  const instances = await fetchLauncherInstances(config, user.companyId, requestId);
  return c.json(
    launcherEntries({
      issuer: issuerOf(c),
      instances,
      reaches: (instanceId) => reachesInstance(user, instanceId),
      currentInstanceId: client.instanceId,
    }),
  );
});
