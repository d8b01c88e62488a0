import { Hono, type Context } from 'hono';
import type { EdgeBindings } from '../env.ts';
import type { OidcClient } from '../oidc/clientRegistry.ts';
import type { GrantRecord } from '../oidc/grantObject.ts';
import { grantIdOf, hashGrantToken } from '../oidc/grantTokens.ts';
import { issuerOf } from '../oidc/issuer.ts';
import { authenticatedClient, OAuthError, oauthErrorResponse, readForm } from '../oidc/oauthRequest.ts';
import { verifyAccessToken } from '../oidc/tokenIssuer.ts';
import { fetchUserClaims } from '../oidc/userClaims.ts';
import { grantObject } from '../oidc/grantObjects.ts';

/**
 * `POST /oauth2/revoke` (RFC 7009) and `POST /oauth2/introspect` (RFC 7662): a module ends a token it
 * was given, or asks whether one is still good. Either way a client speaks only of its own tokens:
 * another client's token is answered like an unknown one. Revoking either kind of token revokes its
 * whole grant: the refresh chain and every access token of it, at userinfo and introspection at once.
 */

interface FoundToken {
  grant: GrantRecord;
  kind: 'access_token' | 'refresh_token';
  expiresAt: number;
}

/** The grant a token of this client belongs to, if the token is one of ours and still stands. */
async function grantOfToken(c: Context<EdgeBindings>, client: OidcClient, token: string): Promise<FoundToken | undefined> {
  const { config } = c.var;
  const refreshGrantId = grantIdOf(token);
  if (refreshGrantId) {
    const outcome = await grantObject(config, refreshGrantId).read(Date.now());
    if (!outcome.ok || outcome.grant.clientId !== client.clientId) return undefined;
    if (outcome.grant.refreshHash !== (await hashGrantToken(token))) return undefined;
    return { grant: outcome.grant, kind: 'refresh_token', expiresAt: outcome.grant.expiresAt };
  }
  const access = await verifyAccessToken(config.oidcSigningKeys, issuerOf(c), token);
  if (!access || access.clientId !== client.clientId) return undefined;
  const outcome = await grantObject(config, access.grantId).read(Date.now());
  if (!outcome.ok) return undefined;
  return { grant: outcome.grant, kind: 'access_token', expiresAt: access.expiresAt };
}

export const oidcRevocationRoutes = new Hono<EdgeBindings>()
  .post('/oauth2/revoke', async (c) => {
    try {
      const form = await readForm(c);
      const client = await authenticatedClient(c, form);
      if (!form.token) throw new OAuthError('invalid_request', 'Name the token to revoke.');
      const found = await grantOfToken(c, client, form.token);
      if (found) await grantObject(c.var.config, found.grant.grantId).revoke();
      // 200 whether or not there was anything to revoke (RFC 7009 §2.2).
      return c.body(null, 200);
    } catch (error) {
      return oauthErrorResponse(c, error);
    }
  })
  .post('/oauth2/introspect', async (c) => {
    try {
      const form = await readForm(c);
      const client = await authenticatedClient(c, form);
      if (client.clientType !== 'CONFIDENTIAL') throw new OAuthError('invalid_client', 'Only a confidential client may introspect tokens.');
      if (!form.token) throw new OAuthError('invalid_request', 'Name the token to introspect.');
      const found = await grantOfToken(c, client, form.token);
      const user = found ? await fetchUserClaims(c.var.config, found.grant.userId, c.var.requestId) : undefined;
      if (!found || !user) return c.json({ active: false });
      return c.json({
        active: true,
        token_type: found.kind === 'access_token' ? 'Bearer' : 'refresh_token',
        client_id: client.clientId,
        sub: user.userId,
        username: user.username,
        scope: found.grant.scope.join(' '),
        aud: client.clientId,
        iss: issuerOf(c),
        exp: Math.floor(found.expiresAt / 1000),
        sid: found.grant.sessionHandle,
      });
    } catch (error) {
      return oauthErrorResponse(c, error);
    }
  });
