import { DurableObject } from 'cloudflare:workers';
import type { Role } from '@lanyard/core/role';
import { isSessionOver, shouldRecordActivity, type SessionTimes } from '../domain/sessionLifetime.ts';

/** Everything a signed-in session knows. Kept only in its Durable Object, never in the cookie. */
export interface SessionRecord extends SessionTimes {
  userId: string;
  companyId: string;
  companyName: string;
  role: Role;
  /** How the user proved who they are, e.g. ["pwd", "otp"]. */
  methods: string[];
  /** The client address and browser at sign-in, for the user's list of their sessions. */
  clientAddress: string | null;
  userAgent: string | null;
  /** The module grants opened from this session, for single logout. */
  moduleGrants?: { grantId: string; clientId: string }[];
}

/** What the edge calls on a session's object (over RPC, so every call is asynchronous). */
export interface SessionObjectStub {
  start(record: SessionRecord): Promise<void>;
  noteModuleGrant(grant: { grantId: string; clientId: string }): Promise<void>;
  resume(now: number): Promise<SessionRecord | null>;
  peek(now: number): Promise<SessionRecord | null>;
  end(): Promise<SessionRecord | null>;
}

const KEY = 'session';

/**
 * One signed-in session, one object, named by the hash of the session id in the cookie. The object is
 * the session's only truth: ending it (sign-out, a credential change, expiry) takes effect on the very
 * next request, everywhere, because every request asks this object. Its calls run one at a time, so a
 * request can never resume a session that a concurrent one is ending.
 */
export class SessionObject extends DurableObject implements SessionObjectStub {
  async start(record: SessionRecord): Promise<void> {
    await this.ctx.storage.put(KEY, record);
  }

  /** The session if it is still on at `now` (recording the activity), or null; an expired one is erased. */
  async resume(now: number): Promise<SessionRecord | null> {
    const record = await this.ctx.storage.get<SessionRecord>(KEY);
    if (!record) return null;
    if (isSessionOver(record, now)) {
      await this.ctx.storage.deleteAll();
      return null;
    }
    if (shouldRecordActivity(record, now)) {
      record.lastActiveAt = now;
      await this.ctx.storage.put(KEY, record);
    }
    return record;
  }

  /** A module was opened from this session: signing out will end its grant too. */
  async noteModuleGrant(grant: { grantId: string; clientId: string }): Promise<void> {
    const record = await this.ctx.storage.get<SessionRecord>(KEY);
    if (!record) return;
    await this.ctx.storage.put(KEY, { ...record, moduleGrants: [...(record.moduleGrants ?? []), grant] });
  }

  /** The session if it is still on at `now`, for the list of a user's sessions: not an activity. */
  async peek(now: number): Promise<SessionRecord | null> {
    const record = await this.ctx.storage.get<SessionRecord>(KEY);
    return record && !isSessionOver(record, now) ? record : null;
  }

  /** Ends the session; answers what it was (null if it had already ended). */
  async end(): Promise<SessionRecord | null> {
    const record = (await this.ctx.storage.get<SessionRecord>(KEY)) ?? null;
    await this.ctx.storage.deleteAll();
    return record;
  }
}
