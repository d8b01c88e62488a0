/**
 * PKCE (RFC 7636) with S256 only: the client sends SHA-256(verifier) at /authorize and the verifier at
 * /token, so a stolen code is useless without the verifier. "plain" is refused: it protects nothing
 * that S256 does not, and OAuth 2.1 drops it.
 */
import { base64url, equalInConstantTime, sha256 } from '../../domain/tokenEncoding.ts';

/** 43 to 128 characters of the unreserved set, as RFC 7636 §4.1 says. */
const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;
/** base64url of 32 bytes. */
const CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

export function isWellFormedCodeChallenge(challenge: string): boolean {
  return CHALLENGE.test(challenge);
}

export async function s256Challenge(verifier: string): Promise<string> {
  return base64url(await sha256(verifier));
}

/**
 * Whether the verifier sent to /token proves the challenge sent to /authorize. A verifier without a
 * challenge is refused too: it means the client thinks it used PKCE when it did not, or a code is
 * being replayed by someone who guessed the client uses it.
 */
export async function verifyPkce(challenge: string | null, verifier: string | null): Promise<boolean> {
  if (challenge === null) return verifier === null;
  if (verifier === null || !VERIFIER.test(verifier)) return false;
  // Both are public-length base64url strings; comparing them in constant time costs nothing.
  return equalInConstantTime(await s256Challenge(verifier), challenge);
}
