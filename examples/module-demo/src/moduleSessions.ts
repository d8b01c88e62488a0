import { randomBytes } from 'node:crypto';
import type { LauncherState } from './appLauncher.ts';

/**
 * The module's own sessions: the browser holds only an opaque random id (an HttpOnly cookie); what it
 * stands for stays here. A session opened through Lanyard remembers Lanyard's session id (`sid` of the
 * ID token), which is what a back-channel logout names, and the ID token, which sign-out hands back
 * to Lanyard as `id_token_hint`, and its access and refresh tokens, with which this backend asks Lanyard
 * for the App Launcher's entries (appLauncher.ts); tokens never reach the browser. In memory, like
 * the accounts; a real module would use its store.
 */

export interface ModuleSession {
  id: string;
  accountId: string;
  /** How the person signed in: with the module's own password, or through Lanyard. */
  method: 'password' | 'lanyard';
  /** Lanyard's session id, for back-channel logout; null for a password sign-in. */
  lanyardSid: string | null;
  idToken: string | null;
  /** The Lanyard access groups of the ID token, shown on the dashboard (a module could map them to roles). */
  groups: string[];
  /** The Lanyard tokens and the App Launcher's last entries; null for a password sign-in (no launcher). */
  launcher: LauncherState | null;
  expiresAt: number;
}

/** A working day: after that the person signs in again (through Lanyard that is one click). */
export const SESSION_LIFETIME_MS = 8 * 60 * 60 * 1000;

export class ModuleSessions {
  readonly #byId = new Map<string, ModuleSession>();

  start(session: Omit<ModuleSession, 'id' | 'expiresAt'>, now = Date.now()): ModuleSession {
    this.#dropExpired(now);
    const started: ModuleSession = { ...session, id: randomBytes(32).toString('base64url'), expiresAt: now + SESSION_LIFETIME_MS };
    this.#byId.set(started.id, started);
    return started;
  }

  find(id: string | undefined, now = Date.now()): ModuleSession | undefined {
    if (!id) return undefined;
    const session = this.#byId.get(id);
    if (!session) return undefined;
    if (session.expiresAt <= now) {
      this.#byId.delete(id);
      return undefined;
    }
    return session;
  }

  end(id: string): void {
    this.#byId.delete(id);
  }

  /** Ends every session opened from one Lanyard session; answers how many there were. */
  endByLanyardSid(sid: string): number {
    return this.#endWhere((session) => session.lanyardSid === sid);
  }

  /** Ends every session of these accounts (a logout token that names the user but no session). */
  endByAccounts(accountIds: ReadonlySet<string>): number {
    return this.#endWhere((session) => accountIds.has(session.accountId));
  }

  #endWhere(matches: (session: ModuleSession) => boolean): number {
    let ended = 0;
    for (const [id, session] of this.#byId) {
      if (matches(session)) {
        this.#byId.delete(id);
        ended += 1;
      }
    }
    return ended;
  }

  #dropExpired(now: number): void {
    for (const [id, session] of this.#byId) if (session.expiresAt <= now) this.#byId.delete(id);
  }
}
