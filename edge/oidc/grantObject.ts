import { DurableObject } from 'cloudflare:workers';
import type { UserSnapshot } from './domain/userSnapshot.ts';
import type { UserClaims } from './userClaims.ts';

/**
 * One authorization of one module for one user's sign-in: the code it began with and the chain of
 * refresh tokens that continues it. One object per grant, named by the grant's random id, which every
 * code and refresh token carries in front of its secret part; only hashes of the tokens are kept.
 * The object's calls run one at a time, so a code is redeemed once and a refresh token rotated once,
 * however many requests race with it.
 */
export interface GrantRecord {
  grantId: string;
  clientId: string;
  userId: string;
  /** The SSO session it was given in (its object's name): its end, however it comes, revokes the grant. */
  sessionHandle: string;
  /** Where the person signed in to that session from: the company's IP access list must still admit it. */
  sessionClientAddress: string | null;
  scope: string[];
  nonce: string | null;
  authTime: number;
  amr: string[];
  redirectUri: string;
  codeChallenge: string | null;
  codeHash: string;
  codeExpiresAt: number;
  codeRedeemed: boolean;
  refreshHash: string | null;
  expiresAt: number;
  revoked: boolean;
  /** The user as last asked, so a refresh need not ask again while nothing changed (userSnapshot.ts). */
  userSnapshot?: UserSnapshot<UserClaims>;
}

export type GrantOutcome = { ok: true; grant: GrantRecord } | { ok: false; reason: 'unknown' | 'expired' | 'reused' | 'revoked' };

export interface OidcGrantObjectStub {
  create(record: GrantRecord): Promise<void>;
  redeemCode(codeHash: string, nextRefreshHash: string, now: number): Promise<GrantOutcome>;
  rotateRefresh(presentedHash: string, nextRefreshHash: string, now: number): Promise<GrantOutcome>;
  read(now: number): Promise<GrantOutcome>;
  keepUserSnapshot(snapshot: UserSnapshot<UserClaims>): Promise<void>;
  revoke(): Promise<void>;
}

const KEY = 'grant';
/**
 * Every refresh token a grant has replaced, one key each (`retired:<hash>`): presenting one again means
 * it was stolen. Kept apart from the record, so a long chain does not make each rotation read and write
 * the whole history.
 */
const RETIRED = 'retired:';
/** Kept a little past expiry, so a late request still meets "expired" rather than "unknown". */
const GRACE_MS = 60 * 60 * 1000;

export class OidcGrantObject extends DurableObject implements OidcGrantObjectStub {
  async #grant(): Promise<GrantRecord | undefined> {
    return this.ctx.storage.get<GrantRecord>(KEY);
  }

  async create(record: GrantRecord): Promise<void> {
    await this.ctx.storage.put(KEY, record);
    // Nothing of a grant is of use after it expires: the object forgets it then, so storage does not grow.
    await this.ctx.storage.setAlarm(record.expiresAt + GRACE_MS);
  }

  async alarm(): Promise<void> {
    const grant = await this.#grant();
    if (!grant || Date.now() >= grant.expiresAt) await this.ctx.storage.deleteAll();
    else await this.ctx.storage.setAlarm(grant.expiresAt + GRACE_MS);
  }

  /** A code is good once, within its minute; a second use revokes everything it issued. */
  async redeemCode(codeHash: string, nextRefreshHash: string, now: number): Promise<GrantOutcome> {
    const grant = await this.#grant();
    if (!grant || grant.codeHash !== codeHash) return { ok: false, reason: 'unknown' };
    if (grant.revoked) return { ok: false, reason: 'revoked' };
    if (grant.codeRedeemed) {
      await this.ctx.storage.put(KEY, { ...grant, revoked: true });
      return { ok: false, reason: 'reused' };
    }
    if (now >= grant.codeExpiresAt) return { ok: false, reason: 'expired' };
    const redeemed = { ...grant, codeRedeemed: true, refreshHash: nextRefreshHash };
    await this.ctx.storage.put(KEY, redeemed);
    return { ok: true, grant: redeemed };
  }

  /** Rotation at every use; a retired token presented again revokes the whole grant. */
  async rotateRefresh(presentedHash: string, nextRefreshHash: string, now: number): Promise<GrantOutcome> {
    const stored = await this.ctx.storage.get([KEY, `${RETIRED}${presentedHash}`]);
    const grant = stored.get(KEY) as GrantRecord | undefined;
    if (!grant) return { ok: false, reason: 'unknown' };
    if (grant.revoked) return { ok: false, reason: 'revoked' };
    if (stored.has(`${RETIRED}${presentedHash}`)) {
      await this.ctx.storage.put(KEY, { ...grant, revoked: true });
      return { ok: false, reason: 'reused' };
    }
    if (grant.refreshHash !== presentedHash) return { ok: false, reason: 'unknown' };
    if (now >= grant.expiresAt) return { ok: false, reason: 'expired' };
    const rotated = { ...grant, refreshHash: nextRefreshHash };
    await this.ctx.storage.put({ [KEY]: rotated, [`${RETIRED}${presentedHash}`]: now });
    return { ok: true, grant: rotated };
  }

  async read(now: number): Promise<GrantOutcome> {
    const grant = await this.#grant();
    if (!grant) return { ok: false, reason: 'unknown' };
    if (grant.revoked) return { ok: false, reason: 'revoked' };
    if (now >= grant.expiresAt) return { ok: false, reason: 'expired' };
    return { ok: true, grant };
  }

  async keepUserSnapshot(snapshot: UserSnapshot<UserClaims>): Promise<void> {
    const grant = await this.#grant();
    if (grant && !grant.revoked) await this.ctx.storage.put(KEY, { ...grant, userSnapshot: snapshot });
  }

  async revoke(): Promise<void> {
    const grant = await this.#grant();
    if (grant) await this.ctx.storage.put(KEY, { ...grant, revoked: true });
  }
}
