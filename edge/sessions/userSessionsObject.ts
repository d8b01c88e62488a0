import { DurableObject } from 'cloudflare:workers';
import type { SessionObjectStub } from './sessionObject.ts';

/** What the edge calls on a user's index of sessions. */
export interface UserSessionsObjectStub {
  add(sessionName: string): Promise<void>;
  remove(sessionName: string): Promise<void>;
  list(): Promise<string[]>;
  endAll(): Promise<number>;
}

interface UserSessionsEnv {
  SESSIONS: DurableObjectNamespace<SessionObjectStub>;
}

const PREFIX = 'session:';

/**
 * The sessions of one user, one object per user id: what lets a password reset, a 2FA reset, a
 * demotion or a deletion end every session of that user at once. It holds only the names of the
 * sessions' objects; each session's state stays in its own object.
 */
export class UserSessionsObject extends DurableObject<UserSessionsEnv> implements UserSessionsObjectStub {
  async add(sessionName: string): Promise<void> {
    await this.ctx.storage.put(`${PREFIX}${sessionName}`, true);
  }

  async remove(sessionName: string): Promise<void> {
    await this.ctx.storage.delete(`${PREFIX}${sessionName}`);
  }

  /** The names of the user's sessions' objects (some may have expired since; their objects say so). */
  async list(): Promise<string[]> {
    return [...(await this.ctx.storage.list<boolean>({ prefix: PREFIX })).keys()].map((key) => key.slice(PREFIX.length));
  }

  /** Ends every session listed now; answers how many. */
  async endAll(): Promise<number> {
    const keys = [...(await this.ctx.storage.list<boolean>({ prefix: PREFIX })).keys()];
    await Promise.all(
      keys.map((key) => this.env.SESSIONS.get(this.env.SESSIONS.idFromName(key.slice(PREFIX.length))).end()),
    );
    // Only the keys that were ended: a sign-in that completed while the calls above were under way
    // added its own key, and that session is new, after the change that asked for this.
    if (keys.length > 0) await this.ctx.storage.delete(keys);
    return keys.length;
  }
}
