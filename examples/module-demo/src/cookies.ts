import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { CookieOptions } from 'hono/utils/cookie';

/**
 * The module's two cookies: its session, and the short-lived pre-login one that ties a Lanyard
 * callback to the browser that started it. Both hold only random ids. HttpOnly so scripts cannot read
 * them; SameSite=Lax so that Lanyard's redirect back (a top-level GET) carries the pre-login cookie
 * while other sites' form posts carry neither; Secure with the `__Host-` prefix whenever the module is
 * served over https.
 *
 * Cookies are shared by every port of a host, so two instances on one machine (as `npm start` runs
 * them on 127.0.0.1) would overwrite each other's: the names carry a short digest of the instance's
 * public URL.
 */

export const PRE_LOGIN_MAX_AGE_SECONDS = 10 * 60;

export interface ModuleCookies {
  readSession(c: Context): string | undefined;
  writeSession(c: Context, id: string, maxAgeSeconds: number): void;
  clearSession(c: Context): void;
  readPreLogin(c: Context): string | undefined;
  writePreLogin(c: Context, id: string): void;
  clearPreLogin(c: Context): void;
}

export function moduleCookies(publicUrl: string): ModuleCookies {
  const secure = new URL(publicUrl).protocol === 'https:';
  const suffix = createHash('sha256').update(publicUrl).digest('hex').slice(0, 8);
  const name = (what: string) => `${secure ? '__Host-' : ''}module_demo_${what}_${suffix}`;
  const session = name('session');
  const preLogin = name('pre_login');
  const options: CookieOptions = { path: '/', httpOnly: true, sameSite: 'Lax', secure };

  return {
    readSession: (c) => getCookie(c, session),
    writeSession: (c, id, maxAge) => setCookie(c, session, id, { ...options, maxAge }),
    clearSession: (c) => deleteCookie(c, session, options),
    readPreLogin: (c) => getCookie(c, preLogin),
    writePreLogin: (c, id) => setCookie(c, preLogin, id, { ...options, maxAge: PRE_LOGIN_MAX_AGE_SECONDS }),
    clearPreLogin: (c) => deleteCookie(c, preLogin, options),
  };
}
