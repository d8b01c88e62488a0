import { describe, expect, it } from 'vitest';
import { EMPTY_ATTEMPT_STATE, RESERVATION_TTL_MS, reserveAttempt, settleAttempt, type AttemptPolicy, type AttemptState } from './attemptCounter.ts';

const MINUTE = 60_000;
const lockout: AttemptPolicy = { limit: 3, blockMs: 15 * MINUTE };
const spraying: AttemptPolicy = { limit: 3, blockMs: 0, windowMs: 10 * MINUTE };

/** Reserves and settles one attempt at `now`; answers the new state, or the refusal. */
function attempt(state: AttemptState, policy: AttemptPolicy, outcome: 'SUCCEEDED' | 'FAILED', now: number, id = `a${now}`) {
  const { state: reserved, reservation } = reserveAttempt(state, policy, id, now);
  if (!reservation.granted) return { state: reserved, refused: reservation.retryAfterSeconds };
  return { state: settleAttempt(reserved, policy, id, outcome, now), refused: undefined };
}

describe('attempt counter', () => {
  it('blocks an account after the limit of failures, for exactly the block time', () => {
    let state = EMPTY_ATTEMPT_STATE;
    for (let i = 0; i < 3; i += 1) state = attempt(state, lockout, 'FAILED', 1000 + i).state;
    expect(attempt(state, lockout, 'SUCCEEDED', 2000).refused).toBe(15 * 60);
    const lockedAt = 1002;
    expect(attempt(state, lockout, 'SUCCEEDED', lockedAt + 15 * MINUTE - 1000).refused).toBe(1);
    expect(attempt(state, lockout, 'SUCCEEDED', lockedAt + 15 * MINUTE).refused).toBeUndefined();
  });

  it('lets no more attempts through at once than the limit allows', () => {
    let state = EMPTY_ATTEMPT_STATE;
    const granted: string[] = [];
    for (let i = 0; i < 50; i += 1) {
      const result = reserveAttempt(state, lockout, `r${i}`, 1000);
      state = result.state;
      if (result.reservation.granted) granted.push(`r${i}`);
    }
    expect(granted).toEqual(['r0', 'r1', 'r2']);
    for (const id of granted) state = settleAttempt(state, lockout, id, 'FAILED', 1001);
    expect(state.blockedUntil).toBe(1001 + 15 * MINUTE);
  });

  it('clears the count on a success, and frees an undecided attempt without counting it', () => {
    let state = attempt(EMPTY_ATTEMPT_STATE, lockout, 'FAILED', 1).state;
    state = attempt(state, lockout, 'FAILED', 2).state;
    state = attempt(state, lockout, 'SUCCEEDED', 3).state;
    expect(state.failures).toEqual([]);
    const { state: reserved } = reserveAttempt(state, lockout, 'x', 4);
    expect(settleAttempt(reserved, lockout, 'x', 'UNDECIDED', 5)).toEqual({ failures: [], blockedUntil: null, reservations: {} });
  });

  it('lets a reservation that is never settled lapse', () => {
    let state = EMPTY_ATTEMPT_STATE;
    for (const id of ['a', 'b', 'c']) state = reserveAttempt(state, lockout, id, 0).state;
    expect(reserveAttempt(state, lockout, 'd', RESERVATION_TTL_MS - 1).reservation.granted).toBe(false);
    expect(reserveAttempt(state, lockout, 'd', RESERVATION_TTL_MS).reservation.granted).toBe(true);
  });

  it('counts spraying failures in a sliding window, and says when the oldest leaves it', () => {
    let state = EMPTY_ATTEMPT_STATE;
    for (const at of [0, MINUTE, 2 * MINUTE]) state = attempt(state, spraying, 'FAILED', at).state;
    expect(attempt(state, spraying, 'FAILED', 3 * MINUTE).refused).toBe(7 * 60);
    expect(attempt(state, spraying, 'FAILED', 10 * MINUTE).refused).toBeUndefined();
  });
});
