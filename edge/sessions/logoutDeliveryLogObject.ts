import { DurableObject } from 'cloudflare:workers';
import { logoutDeliveriesToForget } from '../domain/logoutDeliveryRetention.ts';

/**
 * How telling one module that a session ended went (OpenID Connect Back-Channel Logout): the latest
 * state of one delivery, updated at every attempt.
 */
export interface LogoutDelivery {
  /** The module grant the session had opened: one delivery per grant. */
  grantId: string;
  clientId: string;
  userId: string;
  /** When the session ended, which is when the delivery began. */
  sessionEndedAt: number;
  attempts: number;
  lastAttemptAt: number;
  /** DELIVERED: the module answered 2xx; RETRYING: not yet, tried again at `nextAttemptAt`; FAILED: never. */
  outcome: 'DELIVERED' | 'RETRYING' | 'FAILED';
  nextAttemptAt: number | null;
  /** Why the last attempt did not count, e.g. "The module answered HTTP 500."; null when delivered. */
  problem: string | null;
}

export interface LogoutDeliveryLogObjectStub {
  record(delivery: LogoutDelivery): Promise<void>;
  list(now: number): Promise<LogoutDelivery[]>;
}

const DELIVERY = 'delivery:';

/**
 * One company, one object (named by the company id): the outcome of every recent back-channel logout to
 * its modules, so that its admins can see which module did not confirm. Sessions' objects write here
 * after each attempt; the admin console reads it through /admin/logout-deliveries.
 */
export class LogoutDeliveryLogObject extends DurableObject implements LogoutDeliveryLogObjectStub {
  async record(delivery: LogoutDelivery): Promise<void> {
    await this.ctx.storage.put(`${DELIVERY}${delivery.grantId}`, delivery);
  }

  /** The deliveries still kept at `now`, the latest attempt first; the rest is forgotten on the way. */
  async list(now: number): Promise<LogoutDelivery[]> {
    const entries = await this.ctx.storage.list<LogoutDelivery>({ prefix: DELIVERY });
    const forget = logoutDeliveriesToForget([...entries].map(([key, delivery]) => ({ key, lastAttemptAt: delivery.lastAttemptAt })), now);
    // Storage deletes at most 128 keys per call.
    for (let start = 0; start < forget.length; start += 128) await this.ctx.storage.delete(forget.slice(start, start + 128));
    const forgotten = new Set(forget);
    return [...entries]
      .filter(([key]) => !forgotten.has(key))
      .map(([, delivery]) => delivery)
      .sort((a, b) => b.lastAttemptAt - a.lastAttemptAt);
  }
}
