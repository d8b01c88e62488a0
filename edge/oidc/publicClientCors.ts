import type { Context } from 'hono';
import type { EdgeBindings } from '../env.ts';
import type { OidcClient } from './clientRegistry.ts';

/**
 * Cross-origin calls from a module's own web pages. A module running in the browser is a public client
 * (it cannot keep a secret), and it calls the token, revocation and userinfo endpoints with fetch: the
 * browser lets it read the answer only if the answer names its origin. Lanyard names it only for a
 * public client, and only for an origin of one of that client's exact redirect URIs, which a Master
 * registered; never with credentials, since these endpoints read no cookie. A confidential client's
 * server needs none of this, so its origin is never named.
 */

/** The origins of a client's redirect URIs: where its pages that talk to Lanyard are served from. */
export function clientOrigins(client: OidcClient): Set<string> {
  return new Set(client.redirectUris.map((uri) => new URL(uri).origin));
}

/** Lets the page of the request read this answer, when it is one of a public client's own pages. */
export function allowPublicClientOrigin(c: Context<EdgeBindings>, client: OidcClient): void {
  c.header('vary', 'Origin', { append: true });
  const origin = c.req.header('origin');
  if (client.clientType !== 'PUBLIC' || !origin || !clientOrigins(client).has(origin)) return;
  c.header('access-control-allow-origin', origin);
  c.header('access-control-expose-headers', 'WWW-Authenticate');
}

/**
 * The preflight a browser sends before a fetch with an Authorization header. It cannot name its client,
 * so it is let through for any origin; whether the page may read the answer is decided on the answer
 * itself, by `allowPublicClientOrigin`.
 */
export function preflightAnswer(c: Context<EdgeBindings>): Response {
  const origin = c.req.header('origin');
  if (!origin) return c.body(null, 204);
  c.header('access-control-allow-origin', origin);
  c.header('access-control-allow-methods', 'GET, POST');
  c.header('access-control-allow-headers', 'Authorization, Content-Type');
  c.header('access-control-max-age', '600');
  c.header('vary', 'Origin');
  return c.body(null, 204);
}
