import { randomBytes } from 'node:crypto';
import { PRE_LOGIN_MAX_AGE_SECONDS } from './cookies.ts';

/**
 * What a Lanyard sign-in must remember between sending the person to Lanyard and their coming back:
 * the PKCE verifier, the state and the nonce. Kept on the server, keyed by a random id in a cookie,
 * so the browser never sees the verifier; a record is taken once (a callback replayed finds nothing)
 * and expires with its cookie.
 */

export interface PreLogin {
  codeVerifier: string;
  state: string;
  nonce: string;
  /** Where to go once signed in: a path of this module (from `target_link_uri`), else the dashboard. */
  returnTo: string;
}

export class PreLogins {
  readonly #byId = new Map<string, PreLogin & { expiresAt: number }>();

  put(record: PreLogin, now = Date.now()): string {
    for (const [id, kept] of this.#byId) if (kept.expiresAt <= now) this.#byId.delete(id);
    const id = randomBytes(32).toString('base64url');
    this.#byId.set(id, { ...record, expiresAt: now + PRE_LOGIN_MAX_AGE_SECONDS * 1000 });
    return id;
  }

  /** The record, removed as it is read; undefined when unknown, already used or expired. */
  take(id: string | undefined, now = Date.now()): PreLogin | undefined {
    if (!id) return undefined;
    const kept = this.#byId.get(id);
    this.#byId.delete(id);
    if (!kept || kept.expiresAt <= now) return undefined;
    return { codeVerifier: kept.codeVerifier, state: kept.state, nonce: kept.nonce, returnTo: kept.returnTo };
  }
}
