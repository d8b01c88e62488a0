import { DurableObject } from 'cloudflare:workers';
import type { CompanySecurity } from '@lanyard/core/securitySettings';

/**
 * A copy of a company's security as tenancy last answered it, the generation it belongs to, and the
 * company's access version: a count of the changes to its access groups that the edge was told of.
 */
export interface CachedCompanySecurity {
  security: CompanySecurity | null;
  generation: number;
  accessVersion: number;
}

/** A locked account of the company, for the admin users list. */
export interface LockedAccount {
  username: string;
  lockedUntil: number;
}

export interface CompanySecurityObjectStub {
  read(now: number): Promise<CachedCompanySecurity>;
  store(security: CompanySecurity, generation: number, now: number): Promise<boolean>;
  invalidate(): Promise<void>;
  noteAccessChanged(): Promise<void>;
  noteLocked(account: LockedAccount): Promise<void>;
  noteUnlocked(username: string): Promise<void>;
  lockedAccounts(now: number): Promise<LockedAccount[]>;
}

const SECURITY = 'security';
/**
 * A copy older than this is fetched again even without a change notice: the backstop for a notice that
 * never arrived (a change made while the edge was down, or by a path that does not pass the edge).
 */
export const COPY_MAX_AGE_MS = 60_000;
const GENERATION = 'generation';
const ACCESS_VERSION = 'accessVersion';
const LOCKED = 'locked:';

/**
 * One company at the edge, one object (named by the company id): the edge-wide copy of the company's
 * security settings, dropped the moment tenancy says they changed, the version of its access groups, and
 * the company's locked accounts.
 * Every edge isolate asks this object when its own short-lived copy expires, so a change reaches all of
 * them within that expiry, and at once the isolate that carried the change.
 *
 * The generation guards the copy against a race: an isolate that fetched the settings just before a
 * change may store them only if no invalidation came in between.
 */
export class CompanySecurityObject extends DurableObject implements CompanySecurityObjectStub {
  async read(now: number): Promise<CachedCompanySecurity> {
    const stored = await this.ctx.storage.get([SECURITY, GENERATION, ACCESS_VERSION]);
    const copy = stored.get(SECURITY) as { security: CompanySecurity; storedAt: number } | undefined;
    const fresh = copy !== undefined && now - copy.storedAt < COPY_MAX_AGE_MS;
    return {
      security: fresh ? copy.security : null,
      generation: (stored.get(GENERATION) as number | undefined) ?? 0,
      accessVersion: (stored.get(ACCESS_VERSION) as number | undefined) ?? 0,
    };
  }

  async store(security: CompanySecurity, generation: number, now: number): Promise<boolean> {
    if (((await this.ctx.storage.get<number>(GENERATION)) ?? 0) !== generation) return false;
    await this.ctx.storage.put(SECURITY, { security, storedAt: now });
    return true;
  }

  async invalidate(): Promise<void> {
    const generation = (await this.ctx.storage.get<number>(GENERATION)) ?? 0;
    await this.ctx.storage.put(GENERATION, generation + 1);
    await this.ctx.storage.delete(SECURITY);
  }

  /** The company's access groups changed: what a grant knew of its user's reach is no longer current. */
  async noteAccessChanged(): Promise<void> {
    await this.ctx.storage.put(ACCESS_VERSION, ((await this.ctx.storage.get<number>(ACCESS_VERSION)) ?? 0) + 1);
  }

  async noteLocked(account: LockedAccount): Promise<void> {
    await this.ctx.storage.put(`${LOCKED}${account.username}`, account);
  }

  async noteUnlocked(username: string): Promise<void> {
    await this.ctx.storage.delete(`${LOCKED}${username}`);
  }

  /** The accounts still locked at `now`; the ones whose lock has run out are forgotten. */
  async lockedAccounts(now: number): Promise<LockedAccount[]> {
    const entries = await this.ctx.storage.list<LockedAccount>({ prefix: LOCKED });
    const expired = [...entries].filter(([, account]) => account.lockedUntil <= now).map(([key]) => key);
    if (expired.length > 0) await this.ctx.storage.delete(expired);
    return [...entries.values()].filter((account) => account.lockedUntil > now);
  }
}
