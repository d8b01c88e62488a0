import { createMiddleware } from 'hono/factory';

/**
 * Headers on every answer. The Content-Security-Policy allows scripts only from this module and from
 * Lanyard (the App Launcher), so no injected inline script can run; form posts may go to Lanyard
 * because sign-out's redirect continues there. Nothing is cached unless a route says otherwise:
 * pages name the signed-in person.
 */
export function securityHeaders(lanyardIssuer: string) {
  const policy = [
    "default-src 'self'",
    `script-src 'self' ${lanyardIssuer}`,
    `style-src 'self' ${lanyardIssuer}`,
    `img-src 'self' ${lanyardIssuer} data:`,
    `connect-src 'self' ${lanyardIssuer}`,
    `form-action 'self' ${lanyardIssuer}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join('; ');
  return createMiddleware(async (c, next) => {
    await next();
    c.res.headers.set('content-security-policy', policy);
    c.res.headers.set('x-content-type-options', 'nosniff');
    c.res.headers.set('referrer-policy', 'same-origin');
    if (!c.res.headers.has('cache-control')) c.res.headers.set('cache-control', 'no-store');
  });
}
