import { DurableObject } from 'cloudflare:workers';
import {
  EMPTY_ATTEMPT_STATE,
  reserveAttempt,
  settleAttempt,
  type AttemptOutcome,
  type AttemptPolicy,
  type AttemptState,
  type Reservation,
} from '../domain/attemptCounter.ts';

export interface AttemptCounterObjectStub {
  reserve(policy: AttemptPolicy, id: string, now: number): Promise<Reservation>;
  settle(policy: AttemptPolicy, id: string, outcome: AttemptOutcome, now: number): Promise<{ blockedUntil: number | null }>;
  clear(): Promise<void>;
}

const KEY = 'attempts';

/**
 * One counter of failed sign-in attempts: for one account (company name and username, whether or not
 * they exist) or for one client network. A Durable Object runs its calls one at a time, so a reservation
 * and the state it reads can never interleave with another's: that is what makes the count exact under
 * any concurrency. The rules are in domain/attemptCounter.ts; time comes from the caller.
 */
export class AttemptCounterObject extends DurableObject implements AttemptCounterObjectStub {
  async #state(): Promise<AttemptState> {
    return (await this.ctx.storage.get<AttemptState>(KEY)) ?? EMPTY_ATTEMPT_STATE;
  }

  async #save(state: AttemptState): Promise<void> {
    const idle = state.failures.length === 0 && state.blockedUntil === null && Object.keys(state.reservations).length === 0;
    if (idle) await this.ctx.storage.deleteAll();
    else await this.ctx.storage.put(KEY, state);
  }

  async reserve(policy: AttemptPolicy, id: string, now: number): Promise<Reservation> {
    const { state, reservation } = reserveAttempt(await this.#state(), policy, id, now);
    await this.#save(state);
    return reservation;
  }

  async settle(policy: AttemptPolicy, id: string, outcome: AttemptOutcome, now: number): Promise<{ blockedUntil: number | null }> {
    const state = settleAttempt(await this.#state(), policy, id, outcome, now);
    await this.#save(state);
    return { blockedUntil: state.blockedUntil };
  }

  async clear(): Promise<void> {
    await this.ctx.storage.deleteAll();
  }
}
