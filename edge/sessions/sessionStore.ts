import type { Role } from '@lanyard/core/role';
import { sha256Hex } from '../domain/tokenEncoding.ts';
import { generateSessionId, isWellFormedSessionId } from '../sessionCookie.ts';
import type { UserSnapshot } from '../oidc/domain/userSnapshot.ts';
import type { UserClaims } from '../oidc/userClaims.ts';
import type { ModuleGrantNote, SessionObjectStub, SessionRecord } from './sessionObject.ts';
import type { UserSessionsObjectStub } from './userSessionsObject.ts';

/** The Durable Object bindings of wrangler.toml that hold sessions. */
export interface SessionBindings {
  SESSIONS: DurableObjectNamespace<SessionObjectStub>;
  USER_SESSIONS: DurableObjectNamespace<UserSessionsObjectStub>;
}

/** Who a session is, as the edge puts it into internal tokens. */
export interface SignedInUser {
  userId: string;
  companyId: string;
  companyName: string;
  role: Role;
}

export interface NewSession extends SignedInUser {
  methods: string[];
  clientAddress: string | null;
  userAgent: string | null;
  /** The company's session settings at sign-in. */
  idleTimeoutMs: number;
  absoluteLifetimeMs: number;
}

/** A session that is on, with the times that decide when it ends. */
export interface ResumedSession extends SignedInUser {
  /** The name of the session's object: not the cookie, and not usable as one (modules see it as `sid`). */
  handle: string;
  signedInAt: number;
  lastActiveAt: number;
  /** As of sign-in: with signedInAt, the moment the session ends at the latest. */
  absoluteLifetimeMs: number;
  methods: string[];
  /** Where the person signed in from. */
  clientAddress: string | null;
  /** What the last module opened from the session found of the user, if one was and it was asked for. */
  userSnapshot?: UserSnapshot<UserClaims>;
}

/** The longest user agent kept: enough to name a browser, not a way to fill storage. */
const MAX_USER_AGENT_LENGTH = 256;

/**
 * Sessions as the edge's routes use them. A session's object is named by the SHA-256 of its id, so
 * that what is stored (and shown to an operator listing objects) is never a working cookie value.
 */
export class SessionStore {
  readonly #sessions: SessionBindings['SESSIONS'];
  readonly #users: SessionBindings['USER_SESSIONS'];

  constructor(bindings: SessionBindings) {
    this.#sessions = bindings.SESSIONS;
    this.#users = bindings.USER_SESSIONS;
  }

  /** Starts a session and answers its id, for the cookie. */
  async begin(session: NewSession, now = Date.now()): Promise<{ sessionId: string; maxAgeSeconds: number }> {
    const sessionId = generateSessionId();
    const name = await objectName(sessionId);
    const record: SessionRecord = {
      ...session,
      userAgent: session.userAgent?.slice(0, MAX_USER_AGENT_LENGTH) ?? null,
      signedInAt: now,
      lastActiveAt: now,
    };
    // Indexed first: a session that exists is always one that "end every session of this user" finds.
    await this.#users.get(this.#users.idFromName(session.userId)).add(name);
    await this.#session(name).start(record);
    return { sessionId, maxAgeSeconds: Math.floor(session.absoluteLifetimeMs / 1000) };
  }

  /** The signed-in user of a cookie value, or undefined when it names no session that is still on. */
  async resume(
    cookieValue: string | undefined,
    options: { withUserSnapshot?: boolean; now?: number } = {},
  ): Promise<ResumedSession | undefined> {
    if (!isWellFormedSessionId(cookieValue)) return undefined;
    const handle = await objectName(cookieValue);
    const record = await this.#session(handle).resume(options.now ?? Date.now(), options.withUserSnapshot);
    if (!record) return undefined;
    const { userId, companyId, companyName, role, signedInAt, lastActiveAt, absoluteLifetimeMs, methods, clientAddress, userSnapshot } = record;
    return { handle, userId, companyId, companyName, role, signedInAt, lastActiveAt, absoluteLifetimeMs, methods, clientAddress, userSnapshot };
  }

  /** Ends the session of a cookie value, if it names one (sign-out, or a new sign-in in the same browser). */
  async end(cookieValue: string | undefined): Promise<void> {
    if (!isWellFormedSessionId(cookieValue)) return;
    const name = await objectName(cookieValue);
    const ended = await this.#session(name).end();
    if (ended) await this.#users.get(this.#users.idFromName(ended.userId)).remove(name);
  }

  /**
   * The sessions of a user that are still on, by their object's name (a handle that is not the cookie
   * and cannot be used as one), for the user's own list; ended ones found on the way leave the index.
   */
  async listOf(userId: string, now = Date.now()): Promise<{ handle: string; session: SessionRecord }[]> {
    const index = this.#users.get(this.#users.idFromName(userId));
    const names = await index.list();
    const records = await Promise.all(names.map((name) => this.#session(name).peek(now)));
    const listed: { handle: string; session: SessionRecord }[] = [];
    await Promise.all(
      names.map(async (name, position) => {
        const record = records[position];
        if (record && record.userId === userId) listed.push({ handle: name, session: record });
        else await index.remove(name);
      }),
    );
    return listed.sort((a, b) => b.session.lastActiveAt - a.session.lastActiveAt);
  }

  /** Ends the session of a handle, whoever's it is (a module's end_session names it by `sid`). */
  async endByHandle(handle: string): Promise<SessionRecord | null> {
    if (!/^[0-9a-f]{64}$/.test(handle)) return null;
    const ended = await this.#session(handle).end();
    if (ended) await this.#users.get(this.#users.idFromName(ended.userId)).remove(handle);
    return ended;
  }

  /** Ends one of the user's own sessions by its handle; false when the user has no session by that handle. */
  async endOwn(userId: string, handle: string): Promise<boolean> {
    if (!/^[0-9a-f]{64}$/.test(handle)) return false;
    const index = this.#users.get(this.#users.idFromName(userId));
    if (!(await index.list()).includes(handle)) return false;
    await this.#session(handle).end();
    await index.remove(handle);
    return true;
  }

  /**
   * Records a module grant opened from the session of this handle (for single logout), and the user if
   * newly asked; false when the session has ended since.
   */
  noteModuleGrant(handle: string, grant: ModuleGrantNote, freshUserSnapshot: UserSnapshot<UserClaims> | undefined): Promise<boolean> {
    return this.#session(handle).noteModuleGrant(grant, freshUserSnapshot);
  }

  /** The handle of a cookie's session, e.g. to tell whether a module's end_session names this browser's. */
  async handleOf(cookieValue: string): Promise<string> {
    return objectName(cookieValue);
  }

  /** Ends every session of a user at once; answers how many there were. */
  endAllOf(userId: string): Promise<number> {
    return this.#users.get(this.#users.idFromName(userId)).endAll();
  }

  #session(name: string): SessionObjectStub {
    return this.#sessions.get(this.#sessions.idFromName(name));
  }
}

function objectName(sessionId: string): Promise<string> {
  return sha256Hex(sessionId);
}
