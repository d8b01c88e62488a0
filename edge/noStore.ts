import { createMiddleware } from 'hono/factory';
import type { EdgeBindings } from './env.ts';

/**
 * Sign-in answers carry cookies, enrolment secrets and recovery codes: no browser or proxy may keep a
 * copy. Set after the handler, so error answers from the one error handler get it too.
 */
export const noStoreMiddleware = createMiddleware<EdgeBindings>(async (c, next) => {
  await next();
  c.res.headers.set('cache-control', 'no-store');
});
