/**
 * How many wrong second-factor codes a user may enter before codes are refused for a while. A 6-digit
 * code accepted within ±1 step is guessed with probability 3 in a million per try; without a limit,
 * whoever knows the password could simply keep trying. The exact, concurrency-proof lockout belongs to
 * the edge's Durable Objects (a later issue); this guard bounds guessing until then and after.
 */
export const MAX_FAILED_SECOND_FACTOR_ATTEMPTS = 5;
export const SECOND_FACTOR_BLOCK_MINUTES = 15;

export function isSecondFactorBlocked(credential: { blockedUntil: Date | null }, now: Date): boolean {
  return credential.blockedUntil !== null && credential.blockedUntil.getTime() > now.getTime();
}

export function blockedUntilAfterLimit(now: Date): Date {
  return new Date(now.getTime() + SECOND_FACTOR_BLOCK_MINUTES * 60_000);
}
