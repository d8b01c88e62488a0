import { createMiddleware } from 'hono/factory';
import { chooseRequestId } from './domain/requestId.ts';
import type { EdgeBindings } from './env.ts';

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * Gives every request an id (the caller's when it is a plain id, else a fresh UUID), shared with the
 * gateway and subgraphs through the x-request-id header and the internal token, and echoed on every
 * response so a person reporting a problem can quote it.
 */
export const requestIdMiddleware = createMiddleware<EdgeBindings>(async (c, next) => {
  const requestId = chooseRequestId(c.req.header(REQUEST_ID_HEADER), () => crypto.randomUUID());
  c.set('requestId', requestId);
  await next();
  c.res.headers.set(REQUEST_ID_HEADER, requestId);
});
