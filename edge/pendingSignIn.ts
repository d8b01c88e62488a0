import { SignJWT, jwtVerify, type CryptoKey } from 'jose';
import { DomainError } from '@lanyard/core/domainError';
import { isRole, type Role } from '@lanyard/core/role';

/**
 * The pending sign-in: what the browser holds between a correct password and a successful second factor.
 * No session exists before the second factor succeeds, yet the second step must know whose code it is
 * checking; the browser must not be able to choose that user, so it travels in a cookie the edge signed
 * (HS256 JWT: sub = user id, cid = company id, stage, company = the company's name, for the label the
 * authenticator app shows and for the session, usr = the username as typed, for the lockout, role = the
 * user's role, for the session). It lives ten minutes, long enough to find a phone or set up an app.
 *
 * Its key is derived from SESSION_SECRET with HKDF under its own label, so it differs from the session
 * key: a pending token can never pass as a session (it would skip the second factor) and a session token
 * can never pass as a pending sign-in. The `typ` header says the same to a reader, and is checked too.
 *
 * Same cookie rules as the session: `__Host-` (Secure, Path=/, no Domain), HttpOnly, SameSite=Lax.
 */
export const PENDING_SIGN_IN_COOKIE_NAME = '__Host-lanyard_pending';
export const PENDING_SIGN_IN_TTL_SECONDS = 10 * 60;

const ALGORITHM = 'HS256';
const TOKEN_TYPE = 'lanyard-pending-sign-in+jwt';
const KEY_LABEL = 'lanyard pending sign-in key v1';
const COOKIE_ATTRIBUTES = 'Path=/; HttpOnly; Secure; SameSite=Lax';

/** SECOND_FACTOR: the user has an authenticator, ask for its code. ENROLMENT: the user sets one up now. */
export type PendingStage = 'SECOND_FACTOR' | 'ENROLMENT';

export interface PendingSignIn {
  userId: string;
  companyId: string;
  stage: PendingStage;
  /** The company's name as the company spells it. */
  companyName: string;
  /** The username as typed (trimmed), which the lockout counts the second factor's failures against. */
  username: string;
  role: Role;
}

/** The pending sign-in key, derived once per isolate from SESSION_SECRET (see env.ts). */
export async function derivePendingSignInKey(sessionSecret: string): Promise<CryptoKey> {
  const secret = await crypto.subtle.importKey('raw', new TextEncoder().encode(sessionSecret), 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(), info: new TextEncoder().encode(KEY_LABEL) },
    secret,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign', 'verify'],
  );
}

/** The Set-Cookie header value that starts a pending sign-in. */
export async function pendingSignInSetCookie(key: CryptoKey, pending: PendingSignIn): Promise<string> {
  const claims = { cid: pending.companyId, stage: pending.stage, company: pending.companyName, usr: pending.username, role: pending.role };
  const token = await new SignJWT(claims)
    .setProtectedHeader({ alg: ALGORITHM, typ: TOKEN_TYPE })
    .setSubject(pending.userId)
    .setIssuedAt()
    .setExpirationTime(`${PENDING_SIGN_IN_TTL_SECONDS}s`)
    .sign(key);
  return `${PENDING_SIGN_IN_COOKIE_NAME}=${token}; ${COOKIE_ATTRIBUTES}; Max-Age=${PENDING_SIGN_IN_TTL_SECONDS}`;
}

/** The Set-Cookie header value that ends a pending sign-in in the browser. */
export function clearedPendingSignInSetCookie(): string {
  return `${PENDING_SIGN_IN_COOKIE_NAME}=; ${COOKIE_ATTRIBUTES}; Max-Age=0`;
}

/** The pending sign-in a cookie value proves, or undefined for a missing, forged, expired or malformed one. */
export async function readPendingSignIn(key: CryptoKey, cookieValue: string | undefined): Promise<PendingSignIn | undefined> {
  if (!cookieValue) return undefined;
  try {
    const { payload } = await jwtVerify(cookieValue, key, { algorithms: [ALGORITHM], typ: TOKEN_TYPE });
    const { sub, cid, stage, company, usr, role } = payload;
    if (typeof sub !== 'string' || typeof cid !== 'string' || typeof company !== 'string' || typeof usr !== 'string') return undefined;
    if (stage !== 'SECOND_FACTOR' && stage !== 'ENROLMENT') return undefined;
    if (!isRole(role)) return undefined;
    return { userId: sub, companyId: cid, stage, companyName: company, username: usr, role };
  } catch {
    return undefined;
  }
}

/**
 * The pending sign-in at the given stage, or SIGN_IN_EXPIRED. A missing, forged or expired cookie and one
 * at another stage get the same answer: whatever happened, the person starts again from the first step.
 */
export async function requirePendingSignIn(
  key: CryptoKey,
  cookieValue: string | undefined,
  stage: PendingStage,
): Promise<PendingSignIn> {
  const pending = await readPendingSignIn(key, cookieValue);
  if (pending?.stage !== stage) throw new DomainError('SIGN_IN_EXPIRED');
  return pending;
}
