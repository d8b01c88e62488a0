import { createMiddleware } from 'hono/factory';
import type { EdgeBindings } from './env.ts';

/**
 * The web app loads everything from its own origin (Vite emits script and style files, no CDN), so the
 * page may load nothing from elsewhere, may not be framed (clickjacking) and may post forms only to us.
 * Inline scripts and inline `style="..."` attributes in markup are refused too; styles set from script
 * (element.style) still work.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const HTML_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  'x-content-type-options': 'nosniff',
};

/** nosniff on every response; the page-level policies on HTML, where a browser applies them. */
export const securityHeadersMiddleware = createMiddleware<EdgeBindings>(async (c, next) => {
  await next();
  const headers = c.res.headers;
  headers.set('x-content-type-options', 'nosniff');
  if ((headers.get('content-type') ?? '').startsWith('text/html')) {
    for (const [name, value] of Object.entries(HTML_HEADERS)) headers.set(name, value);
  }
});
