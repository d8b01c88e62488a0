import { Hono } from 'hono';
import type { EdgeBindings } from '../env.ts';
import { discoveryDocument } from '../oidc/domain/discoveryDocument.ts';
import { issuerOf } from '../oidc/issuer.ts';
import { preflightAnswer } from '../oidc/publicClientCors.ts';

/**
 * What a module's OIDC library reads first: the provider's metadata and the keys that verify its
 * tokens (every key of OIDC_SIGNING_KEYS, the next one too, published before it signs). Both are public
 * and cached briefly by clients and proxies, and any page may read them (a module in the browser does).
 */
export const oidcDiscoveryRoutes = new Hono<EdgeBindings>()
  .get('/.well-known/openid-configuration', (c) => {
    c.header('cache-control', 'public, max-age=300');
    c.header('access-control-allow-origin', '*');
    return c.json(discoveryDocument(issuerOf(c)));
  })
  .get('/oauth2/jwks', (c) => {
    c.header('cache-control', 'public, max-age=300');
    c.header('access-control-allow-origin', '*');
    return c.json(c.var.config.oidcSigningKeys.jwks);
  })
  // The browser's preflight before a module's page calls these with an Authorization header.
  .options('/oauth2/token', preflightAnswer)
  .options('/oauth2/revoke', preflightAnswer)
  .options('/oauth2/userinfo', preflightAnswer);
