import { Hono } from 'hono';
import type { EdgeBindings } from '../env.ts';

/**
 * `GET /oauth2/jwks`: the public keys that verify the tokens the edge signs for modules, every key of
 * OIDC_SIGNING_KEYS (the next one too, published before it signs). Cached briefly by clients and
 * proxies: a rotation is announced by adding a key well before it is used.
 */
export const oidcKeysRoutes = new Hono<EdgeBindings>().get('/oauth2/jwks', (c) => {
  c.header('cache-control', 'public, max-age=300');
  return c.json(c.var.config.oidcSigningKeys.jwks);
});
