import type { Context } from 'hono';
import type { EdgeBindings } from '../env.ts';

/**
 * The issuer is the edge's own origin, as the request reached it: on Cloudflare the route's hostname,
 * locally 127.0.0.1 and the port. Modules discover it from the same address they call.
 */
export function issuerOf(c: Context<EdgeBindings>): string {
  return new URL(c.req.url).origin;
}
