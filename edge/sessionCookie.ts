import { SignJWT, jwtVerify, type CryptoKey } from 'jose';

/**
 * The browser session: a cookie holding an HS256 JWT (sub = user id, cid = company id, cnm = the company's
 * name, for the emails that admin actions send) signed with
 * SESSION_SECRET. This stateless signed cookie is the foundation's simplest honest session: it cannot be
 * forged or read by scripts (HttpOnly), but it cannot be revoked before it expires either. A later issue
 * replaces it with an opaque session id held in a Durable Object (revocable, idle timeout, sign-out
 * everywhere); only this file and the routes that call it change then.
 *
 * `__Host-` makes browsers refuse the cookie unless it is Secure, has Path=/ and no Domain, so no
 * subdomain can plant or read it. SameSite=Lax keeps it off cross-site POSTs.
 */
export const SESSION_COOKIE_NAME = '__Host-lanyard_session';
export const SESSION_TTL_SECONDS = 12 * 60 * 60;

const ALGORITHM = 'HS256';
const COOKIE_ATTRIBUTES = 'Path=/; HttpOnly; Secure; SameSite=Lax';

export interface Session {
  userId: string;
  companyId: string;
  companyName: string;
}

/** The Set-Cookie header value that starts a session. */
export async function sessionSetCookie(key: CryptoKey, session: Session): Promise<string> {
  const token = await new SignJWT({ cid: session.companyId, cnm: session.companyName })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(session.userId)
    .setIssuedAt()
    .setExpirationTime(`${SESSION_TTL_SECONDS}s`)
    .sign(key);
  return `${SESSION_COOKIE_NAME}=${token}; ${COOKIE_ATTRIBUTES}; Max-Age=${SESSION_TTL_SECONDS}`;
}

/** The Set-Cookie header value that ends a session in the browser. */
export function clearedSessionSetCookie(): string {
  return `${SESSION_COOKIE_NAME}=; ${COOKIE_ATTRIBUTES}; Max-Age=0`;
}

/** The session a cookie value proves, or undefined for a missing, forged, expired or malformed one. */
export async function readSessionCookie(key: CryptoKey, cookieValue: string | undefined): Promise<Session | undefined> {
  if (!cookieValue) return undefined;
  try {
    const { payload } = await jwtVerify(cookieValue, key, { algorithms: [ALGORITHM] });
    const { sub, cid, cnm } = payload;
    if (typeof sub !== 'string' || typeof cid !== 'string' || typeof cnm !== 'string') return undefined;
    return { userId: sub, companyId: cid, companyName: cnm };
  } catch {
    return undefined;
  }
}
