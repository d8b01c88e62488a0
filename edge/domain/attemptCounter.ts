/**
 * Counting failed sign-in attempts exactly, however many arrive at once. An attempt is *reserved*
 * before anything verifies it, and the reservation counts against the limit until the attempt is
 * settled: with a limit of N, at most N attempts are ever in flight or failed, so at most N wrong
 * guesses are ever verified. A reservation the edge never settles (a crash mid-attempt) lapses after
 * RESERVATION_TTL_MS so it cannot hold an account shut.
 *
 * Pure: the state goes in and comes out, time is a parameter. Two Durable Objects run it: one per
 * account (the lockout) and one per client network (the spraying limit).
 */

export interface AttemptPolicy {
  /** Failures allowed: reaching it blocks further attempts. */
  limit: number;
  /** Account lockout: how long the block lasts once the limit is reached. */
  blockMs: number;
  /**
   * Spraying limit: failures count only this long (a sliding window) and there is no block beyond it.
   * Undefined for the account lockout, whose failures count until a success or the block ends.
   */
  windowMs?: number;
}

export interface AttemptState {
  /** When each counted failure happened. */
  failures: number[];
  /** Until when attempts are refused; null when not blocked. */
  blockedUntil: number | null;
  /** Attempts in flight: reservation id → when the reservation lapses. */
  reservations: Record<string, number>;
}

export type Reservation = { granted: true } | { granted: false; retryAfterSeconds: number };

export const RESERVATION_TTL_MS = 30_000;

export const EMPTY_ATTEMPT_STATE: AttemptState = { failures: [], blockedUntil: null, reservations: {} };

/** Drops what no longer counts at `now`: lapsed reservations, failures outside the window, an ended block. */
function current(state: AttemptState, policy: AttemptPolicy, now: number): AttemptState {
  const reservations = Object.fromEntries(Object.entries(state.reservations).filter(([, until]) => until > now));
  if (state.blockedUntil !== null && state.blockedUntil <= now) {
    // A block that has run out starts the count afresh.
    return { failures: [], blockedUntil: null, reservations };
  }
  const { windowMs } = policy;
  const failures = windowMs === undefined ? state.failures : state.failures.filter((at) => at > now - windowMs);
  return { failures, blockedUntil: state.blockedUntil, reservations };
}

const secondsUntil = (time: number, now: number) => Math.max(1, Math.ceil((time - now) / 1000));

/**
 * When a full counter (failures and attempts in flight at the limit) will take an attempt again. The
 * account lockout: should the attempts in flight all fail, the block runs from now. The sliding window:
 * when enough failures have left the window; with only attempts in flight, a moment.
 */
function retryTime(live: AttemptState, policy: AttemptPolicy, now: number): number {
  if (policy.windowMs === undefined) return now + policy.blockMs;
  const excess = live.failures.length - policy.limit;
  if (excess < 0) return now + 1000;
  return (live.failures[excess] ?? now) + policy.windowMs;
}

export function reserveAttempt(
  state: AttemptState,
  policy: AttemptPolicy,
  id: string,
  now: number,
): { state: AttemptState; reservation: Reservation } {
  const live = current(state, policy, now);
  if (live.blockedUntil !== null) {
    return { state: live, reservation: { granted: false, retryAfterSeconds: secondsUntil(live.blockedUntil, now) } };
  }
  const inFlight = Object.keys(live.reservations).length;
  if (live.failures.length + inFlight >= policy.limit) {
    return { state: live, reservation: { granted: false, retryAfterSeconds: secondsUntil(retryTime(live, policy, now), now) } };
  }
  return { state: { ...live, reservations: { ...live.reservations, [id]: now + RESERVATION_TTL_MS } }, reservation: { granted: true } };
}

export type AttemptOutcome = 'SUCCEEDED' | 'FAILED' | 'UNDECIDED';

/**
 * Settles a reserved attempt. FAILED counts (and may start the block), SUCCEEDED clears the count,
 * UNDECIDED (nothing was verified, e.g. a part of Lanyard was down) only frees the reservation.
 */
export function settleAttempt(
  state: AttemptState,
  policy: AttemptPolicy,
  id: string,
  outcome: AttemptOutcome,
  now: number,
): AttemptState {
  const live = current(state, policy, now);
  const { [id]: _settled, ...reservations } = live.reservations;
  if (outcome === 'SUCCEEDED') return { failures: [], blockedUntil: null, reservations };
  if (outcome === 'UNDECIDED') return { ...live, reservations };
  const failures = [...live.failures, now];
  const reachesLimit = failures.length >= policy.limit;
  const blockedUntil = reachesLimit && policy.windowMs === undefined ? now + policy.blockMs : live.blockedUntil;
  return { failures, blockedUntil, reservations };
}
