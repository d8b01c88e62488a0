import { randomBase64url } from './domain/tokenEncoding.ts';

/**
 * The browser session cookie: an opaque random id (256 bits), new at every sign-in, that names the
 * session's Durable Object (see sessions/sessionStore.ts). It carries no data: the session lives at the
 * edge, so ending it there ends it at once, and nothing in the cookie can be read or altered.
 *
 * `__Host-` makes browsers refuse the cookie unless it is Secure, has Path=/ and no Domain, so no
 * subdomain can plant or read it. HttpOnly keeps it from scripts; SameSite=Lax keeps it off cross-site
 * POSTs.
 */
export const SESSION_COOKIE_NAME = '__Host-lanyard_session';

const COOKIE_ATTRIBUTES = 'Path=/; HttpOnly; Secure; SameSite=Lax';
const SESSION_ID_BYTES = 32;
/** base64url of 32 bytes, without padding. */
const SESSION_ID = /^[A-Za-z0-9_-]{43}$/;

export function generateSessionId(): string {
  return randomBase64url(SESSION_ID_BYTES);
}

/** Anything else in the cookie is not a session id, and is never looked up. */
export function isWellFormedSessionId(value: string | undefined): value is string {
  return value !== undefined && SESSION_ID.test(value);
}

/** The Set-Cookie header value that starts a session; the browser keeps it until the absolute lifetime. */
export function sessionSetCookie(sessionId: string, maxAgeSeconds: number): string {
  return `${SESSION_COOKIE_NAME}=${sessionId}; ${COOKIE_ATTRIBUTES}; Max-Age=${maxAgeSeconds}`;
}

/** The Set-Cookie header value that ends a session in the browser. */
export function clearedSessionSetCookie(): string {
  return `${SESSION_COOKIE_NAME}=; ${COOKIE_ATTRIBUTES}; Max-Age=0`;
}
