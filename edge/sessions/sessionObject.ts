import { DurableObject } from 'cloudflare:workers';
import type { Role } from '@lanyard/core/role';
import { isSessionOver, sessionEndsAt, shouldRecordActivity, type SessionTimes } from '../domain/sessionLifetime.ts';
import type { UserSnapshot } from '../oidc/domain/userSnapshot.ts';
import type { OidcGrantObjectStub } from '../oidc/grantObject.ts';
import type { UserClaims } from '../oidc/userClaims.ts';
import type { LogoutDelivery, LogoutDeliveryLogObjectStub } from './logoutDeliveryLogObject.ts';
import { signLogoutToken } from '../oidc/logoutToken.ts';
import { importOidcSigningKeys, type OidcSigningKeys } from '../oidc/signingKeys.ts';

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
  /** Sessions from before module grants were kept one key each (MODULE_GRANT) hold them here. */
  moduleGrants?: ModuleGrantNote[];
  /** The user as the last module opened from this session found them, for the next (userSnapshot.ts). */
  userSnapshot?: UserSnapshot<UserClaims>;
}

/** A module opened from a session: what single logout needs to end it there too. */
export interface ModuleGrantNote {
  grantId: string;
  clientId: string;
  /** The session's handle, which its tokens carry as `sid`. */
  sid: string;
  userId: string;
  issuer: string;
  backchannelLogoutUri: string | null;
}

/** A logout still to be told to a module, and how often it has been tried. */
interface PendingLogout extends ModuleGrantNote {
  attempts: number;
  /** Whose log the outcome goes to, and since when (absent on logouts queued before the log existed). */
  companyId?: string;
  sessionEndedAt?: number;
}

interface SessionEnv {
  OIDC_GRANTS: DurableObjectNamespace<OidcGrantObjectStub>;
  LOGOUT_DELIVERIES: DurableObjectNamespace<LogoutDeliveryLogObjectStub>;
  OIDC_SIGNING_KEYS: string;
}

/** What the edge calls on a session's object (over RPC, so every call is asynchronous). */
export interface SessionObjectStub {
  start(record: SessionRecord): Promise<void>;
  noteModuleGrant(grant: ModuleGrantNote, freshUserSnapshot: UserSnapshot<UserClaims> | undefined): Promise<boolean>;
  resume(now: number, withUserSnapshot?: boolean): Promise<SessionRecord | null>;
  peek(now: number): Promise<SessionRecord | null>;
  end(): Promise<SessionRecord | null>;
}

const KEY = 'session';
const LOGOUTS = 'logouts';
/**
 * The module grants opened from the session, for single logout: one key each (`moduleGrant:<id>`), so
 * that a session that opens many modules does not make every request read and write them all.
 */
const MODULE_GRANT = 'moduleGrant:';
/** Waits between attempts to tell a module its session ended: a module that is down a while still hears. */
export const LOGOUT_RETRY_DELAYS_MS = [5_000, 30_000, 120_000, 600_000, 3_600_000];
const LOGOUT_TIMEOUT_MS = 10_000;

/**
 * One signed-in session, one object, named by the hash of the session id in the cookie. The object is
 * the session's only truth: ending it (sign-out, a credential change, expiry) takes effect on the very
 * next request, everywhere, because every request asks this object. Its calls run one at a time, so a
 * request can never resume a session that a concurrent one is ending.
 */
export class SessionObject extends DurableObject<SessionEnv> implements SessionObjectStub {
  #signingKeys: Promise<OidcSigningKeys> | undefined;

  async start(record: SessionRecord): Promise<void> {
    await this.ctx.storage.put(KEY, record);
    // Woken when the session would end by itself: it is ended then, its modules told, and nothing of it
    // stays in storage; a session used since only sleeps on until its new end.
    await this.ctx.storage.setAlarm(sessionEndsAt(record));
  }

  /**
   * The session if it is still on at `now` (recording the activity), or null; one found over is ended.
   * The user's snapshot comes along only when asked (opening a module): every other request goes
   * without it.
   */
  async resume(now: number, withUserSnapshot = false): Promise<SessionRecord | null> {
    const record = await this.ctx.storage.get<SessionRecord>(KEY);
    if (!record) return null;
    if (isSessionOver(record, now)) {
      await this.#finish(record, true);
      return null;
    }
    if (shouldRecordActivity(record, now)) {
      record.lastActiveAt = now;
      await this.ctx.storage.put(KEY, record);
    }
    if (withUserSnapshot) return record;
    const { userSnapshot: _left, ...withoutSnapshot } = record;
    return withoutSnapshot;
  }

  /**
   * A module was opened from this session: its end will end the grant too. False when the session has
   * ended meanwhile, so the caller revokes the grant itself. A snapshot of the user taken on the way is
   * kept for the next module opened (the session's record changes only then).
   */
  async noteModuleGrant(grant: ModuleGrantNote, freshUserSnapshot: UserSnapshot<UserClaims> | undefined): Promise<boolean> {
    const record = await this.ctx.storage.get<SessionRecord>(KEY);
    if (!record) return false;
    const entries: Record<string, unknown> = { [`${MODULE_GRANT}${grant.grantId}`]: grant };
    if (freshUserSnapshot) entries[KEY] = { ...record, userSnapshot: freshUserSnapshot };
    await this.ctx.storage.put(entries);
    return true;
  }

  /** The session if it is still on at `now`, for the list of a user's sessions: not an activity. */
  async peek(now: number): Promise<SessionRecord | null> {
    const record = await this.ctx.storage.get<SessionRecord>(KEY);
    return record && !isSessionOver(record, now) ? record : null;
  }

  /** Ends the session; answers what it was (null if it had already ended). */
  async end(): Promise<SessionRecord | null> {
    const record = (await this.ctx.storage.get<SessionRecord>(KEY)) ?? null;
    if (record) await this.#finish(record, true);
    return record;
  }

  /**
   * However the session ends (sign-out, an admin, a credential change, a timeout), single logout
   * follows: its module grants are revoked and every module opened from it is told, by the alarm, now
   * and until it confirms. Module refreshes rely on this: they no longer ask the session themselves.
   */
  async #finish(record: SessionRecord, wakeNow: boolean): Promise<void> {
    const kept = await this.ctx.storage.list<ModuleGrantNote>({ prefix: MODULE_GRANT });
    await this.ctx.storage.delete(KEY);
    // Storage deletes at most 128 keys per call.
    const keys = [...kept.keys()];
    for (let start = 0; start < keys.length; start += 128) await this.ctx.storage.delete(keys.slice(start, start + 128));
    const grants = [...(record.moduleGrants ?? []), ...kept.values()];
    if (grants.length === 0) return;
    const pending = (await this.ctx.storage.get<PendingLogout[]>(LOGOUTS)) ?? [];
    const ended = { companyId: record.companyId, sessionEndedAt: Date.now() };
    await this.ctx.storage.put(LOGOUTS, [...pending, ...grants.map((grant) => ({ ...grant, attempts: 0, ...ended }))]);
    if (wakeNow) await this.ctx.storage.setAlarm(Date.now());
  }

  /**
   * Ends a session whose time is up, then revokes an ended session's module grants and posts each module
   * with a back-channel logout URI its logout token (OpenID Connect Back-Channel Logout 1.0), retrying
   * with growing waits until the module answers 2xx or the tries run out; each outcome goes to the
   * company's log of deliveries, for its admins, and to the worker's log with the module's client id.
   */
  async alarm(): Promise<void> {
    const record = await this.ctx.storage.get<SessionRecord>(KEY);
    const live = record !== undefined && !isSessionOver(record, Date.now());
    if (record && !live) await this.#finish(record, false);
    const pending = (await this.ctx.storage.get<PendingLogout[]>(LOGOUTS)) ?? [];
    if (pending.length === 0) {
      if (live) await this.ctx.storage.setAlarm(sessionEndsAt(record));
      return;
    }
    const keys = await (this.#signingKeys ??= importOidcSigningKeys(this.env.OIDC_SIGNING_KEYS));
    // Every module at once: one that does not answer must not hold up telling the others.
    const tried = await Promise.all(
      pending.map(async (logout) => {
        if (logout.attempts === 0) await this.env.OIDC_GRANTS.get(this.env.OIDC_GRANTS.idFromName(logout.grantId)).revoke();
        if (!logout.backchannelLogoutUri) return undefined;
        const problem = await deliverLogout(keys, logout);
        return { logout: { ...logout, attempts: logout.attempts + 1 }, problem, at: Date.now() };
      }),
    );
    const attempted = tried.filter((attempt) => attempt !== undefined);
    const left = attempted
      .filter(({ logout, problem }) => problem !== null && logout.attempts <= LOGOUT_RETRY_DELAYS_MS.length)
      .map(({ logout }) => logout);
    const fewestAttempts = Math.min(...left.map((logout) => logout.attempts));
    const nextAttemptAt = left.length > 0 ? Date.now() + (LOGOUT_RETRY_DELAYS_MS[fewestAttempts - 1] ?? LOGOUT_RETRY_DELAYS_MS.at(-1)!) : null;

    for (const { logout, problem, at } of attempted) {
      const retrying = left.includes(logout);
      if (problem === null) {
        console.log(`[edge] back-channel logout delivered to ${logout.clientId} (attempt ${logout.attempts})`);
      } else if (retrying) {
        console.warn(`[edge] back-channel logout to ${logout.clientId} not confirmed (attempt ${logout.attempts}): ${problem} Retrying.`);
      } else {
        console.error(`[edge] back-channel logout to ${logout.clientId} never confirmed after ${logout.attempts} attempts: ${problem}`);
      }
      await this.#log(logout, {
        attempts: logout.attempts,
        lastAttemptAt: at,
        outcome: problem === null ? 'DELIVERED' : retrying ? 'RETRYING' : 'FAILED',
        nextAttemptAt: retrying ? nextAttemptAt : null,
        problem,
      });
    }
    if (nextAttemptAt === null) {
      await this.ctx.storage.delete(LOGOUTS);
      if (live) await this.ctx.storage.setAlarm(sessionEndsAt(record));
      return;
    }
    await this.ctx.storage.put(LOGOUTS, left);
    await this.ctx.storage.setAlarm(nextAttemptAt);
  }

  /** The company's log of deliveries learns how this attempt went; a log that fails must not stop the retries. */
  async #log(logout: PendingLogout, attempt: Pick<LogoutDelivery, 'attempts' | 'lastAttemptAt' | 'outcome' | 'nextAttemptAt' | 'problem'>): Promise<void> {
    if (!logout.companyId) return;
    try {
      const log = this.env.LOGOUT_DELIVERIES.get(this.env.LOGOUT_DELIVERIES.idFromName(logout.companyId));
      await log.record({
        grantId: logout.grantId,
        clientId: logout.clientId,
        userId: logout.userId,
        sessionEndedAt: logout.sessionEndedAt ?? attempt.lastAttemptAt,
        ...attempt,
      });
    } catch (error) {
      console.error(`[edge] the outcome of a back-channel logout to ${logout.clientId} was not logged: ${String(error)}`);
    }
  }
}

/** Posts the module its logout token: null when it confirmed (2xx), otherwise why not, in a sentence. */
async function deliverLogout(keys: OidcSigningKeys, logout: PendingLogout): Promise<string | null> {
  try {
    const token = await signLogoutToken(keys, { issuer: logout.issuer, clientId: logout.clientId, sid: logout.sid, userId: logout.userId, now: Date.now() });
    const response = await fetch(logout.backchannelLogoutUri!, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ logout_token: token }).toString(),
      redirect: 'manual',
      signal: AbortSignal.timeout(LOGOUT_TIMEOUT_MS),
    });
    return response.status >= 200 && response.status < 300 ? null : `The module answered HTTP ${response.status}.`;
  } catch (error) {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
      return `The module did not answer within ${LOGOUT_TIMEOUT_MS / 1000} seconds.`;
    }
    return 'The module could not be reached.';
  }
}
