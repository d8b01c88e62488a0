import { normalizeCompanyName } from '@lanyard/core/companyName';
import { DomainError } from '@lanyard/core/domainError';
import { parseIpAddress } from '@lanyard/core/ipAddress';
import { normalizeUsername } from '@lanyard/core/username';
import type { AttemptOutcome, AttemptPolicy } from '../domain/attemptCounter.ts';
import type { CompanySecurityObjectStub } from '../companySecurity/companySecurityObject.ts';
import type { AttemptCounterObjectStub } from './attemptCounterObject.ts';

/** The operator's limit on failed sign-ins from one client network, across all accounts. */
export interface SprayingLimit {
  failures: number;
  windowMinutes: number;
}

export const DEFAULT_SPRAYING_LIMIT: SprayingLimit = { failures: 30, windowMinutes: 10 };

/** An attempt that holds its reservations; settle it exactly once, whatever happens. */
export interface GuardedAttempt {
  settle(outcome: AttemptOutcome): Promise<{ lockedUntil: number | null }>;
}

const MINUTE = 60_000;

/**
 * The account a sign-in names, as the lockout counts it: the company name and username as typed,
 * normalized like tenancy and identity compare them, whether or not they exist, so a lock (and its
 * answer) is the same for real and invented names and reveals nothing.
 */
export function accountCounterName(companyName: string, username: string): string {
  return `account:${normalizeCompanyName(companyName)}\n${normalizeUsername(username)}`;
}

/**
 * The network a request comes from: its IPv4 address, or the /64 of an IPv6 one (what one subscriber
 * is given), so an attacker cannot spray from a fresh address of their own /64 at every guess.
 */
export function networkCounterName(clientAddress: string | undefined): string {
  const address = clientAddress === undefined ? undefined : parseIpAddress(clientAddress);
  if (!address) return 'network:unknown';
  if (address.family === 4) return `network:${address.value.toString(16)}`;
  return `network:${(address.value >> 64n).toString(16)}::/64`;
}

function minutes(seconds: number): string {
  const count = Math.ceil(seconds / 60);
  return count === 1 ? '1 minute' : `${count} minutes`;
}

/**
 * Sign-in's guard: before identity verifies anything, an attempt reserves a place in the account's
 * counter and in the client network's; a full counter refuses it (ACCOUNT_LOCKED, RATE_LIMITED) with
 * the time to wait. Password failures and second-factor failures count alike; only a complete sign-in
 * (the second factor) clears the account's count, so knowing the password does not reset the count of
 * guessed codes.
 */
export class SignInGuard {
  readonly #counters: DurableObjectNamespace<AttemptCounterObjectStub>;
  readonly #companies: DurableObjectNamespace<CompanySecurityObjectStub>;
  readonly #spraying: AttemptPolicy;

  constructor(
    counters: DurableObjectNamespace<AttemptCounterObjectStub>,
    companies: DurableObjectNamespace<CompanySecurityObjectStub>,
    spraying: SprayingLimit,
  ) {
    this.#counters = counters;
    this.#companies = companies;
    this.#spraying = { limit: spraying.failures, blockMs: 0, windowMs: spraying.windowMinutes * MINUTE };
  }

  /** A Master unlocks an account of their company at once. */
  async unlock(company: { id: string; name: string }, username: string): Promise<void> {
    await this.counter(accountCounterName(company.name, username)).clear();
    await this.#companies.get(this.#companies.idFromName(company.id)).noteUnlocked(normalizeUsername(username));
  }

  counter(name: string): AttemptCounterObjectStub {
    return this.#counters.get(this.#counters.idFromName(name));
  }

  /**
   * `companyId` is the company's when the name is one's: an account of a real company that gets locked
   * is noted in the company's object, for its admins' users list.
   */
  async begin(
    attempt: {
      companyName: string;
      companyId: string | undefined;
      username: string;
      clientAddress: string | undefined;
      lockout: { threshold: number; durationMinutes: number };
    },
    now = Date.now(),
  ): Promise<GuardedAttempt> {
    const id = crypto.randomUUID();
    const account = this.counter(accountCounterName(attempt.companyName, attempt.username));
    const network = this.counter(networkCounterName(attempt.clientAddress));
    const lockout: AttemptPolicy = { limit: attempt.lockout.threshold, blockMs: attempt.lockout.durationMinutes * MINUTE };

    // The network first, one after the other: a network over its limit never touches the account's
    // counter, so a sprayer cannot fill an account's places and lock its owner out.
    const networkReservation = await network.reserve(this.#spraying, id, now);
    if (!networkReservation.granted) {
      const { retryAfterSeconds } = networkReservation;
      throw new DomainError(
        'RATE_LIMITED',
        `Too many failed sign-ins from your network. Try again in ${minutes(retryAfterSeconds)}.`,
        { details: { retryAfterSeconds } },
      );
    }
    const accountReservation = await account.reserve(lockout, id, now);
    if (!accountReservation.granted) {
      await network.settle(this.#spraying, id, 'UNDECIDED', now);
      const { retryAfterSeconds } = accountReservation;
      throw new DomainError('ACCOUNT_LOCKED', `Too many wrong attempts. Wait ${minutes(retryAfterSeconds)}, then sign in again.`, {
        details: { retryAfterSeconds },
      });
    }

    let settled = false;
    return {
      settle: async (outcome) => {
        if (settled) throw new Error('a sign-in attempt is settled once');
        settled = true;
        const at = Date.now();
        // A success clears the account's count but not the network's: one good sign-in from an
        // address says nothing about the other accounts it tried.
        const [result] = await Promise.all([
          account.settle(lockout, id, outcome, at),
          network.settle(this.#spraying, id, outcome === 'SUCCEEDED' ? 'UNDECIDED' : outcome, at),
        ]);
        if (outcome === 'FAILED' && result.blockedUntil !== null && attempt.companyId !== undefined) {
          const company = this.#companies.get(this.#companies.idFromName(attempt.companyId));
          await company.noteLocked({ username: normalizeUsername(attempt.username), lockedUntil: result.blockedUntil });
        }
        return { lockedUntil: result.blockedUntil };
      },
    };
  }
}
