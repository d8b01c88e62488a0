import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRecoveryCodeHasher, generateRecoveryCodeKey, generateRecoveryCodes, normalizeRecoveryCode } from '../domain/recoveryCodes.ts';
import { openIdentityDatabase } from './database.ts';
import { users } from './schema.ts';
import {
  claimTimeStep,
  confirmTotpCredential,
  countUnusedRecoveryCodes,
  secondFactorDeletion,
  findTotpCredential,
  replaceRecoveryCodes,
  savePendingTotpSecret,
  useRecoveryCode,
} from './secondFactorStore.ts';
import { insertUserIfAbsent, type IdentityDatabase } from './userStore.ts';

type OpenedIdentityDatabase = Awaited<ReturnType<typeof openIdentityDatabase>>;

const now = new Date('2030-01-01T00:00:00Z');
const step = Math.floor(now.getTime() / 1000 / 30);
const hasher = createRecoveryCodeHasher(generateRecoveryCodeKey());

/** What the sign-in would look up for a code the user typed. */
function hashOf(userId: string, typed: string): string {
  const code = normalizeRecoveryCode(typed);
  if (code === null) throw new Error(`not a recovery code: ${typed}`);
  return hasher.hash(userId, code);
}

describe('second factor store', () => {
  let folder: string;
  let opened: OpenedIdentityDatabase;
  /** A second connection to the same file, as a second process serving the same database would have. */
  let otherConnection: OpenedIdentityDatabase;
  let db: IdentityDatabase;
  let nextUser = 0;
  let userId: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'lanyard-second-factor-'));
    opened = await openIdentityDatabase(`file:${join(folder, 'identity.db')}`);
    otherConnection = await openIdentityDatabase(`file:${join(folder, 'identity.db')}`);
    db = opened.db;
  });
  afterAll(() => {
    opened.close();
    otherConnection.close();
    rmSync(folder, { recursive: true, force: true });
  });

  beforeEach(async () => {
    userId = await newUser();
  });

  async function newUser(): Promise<string> {
    const id = `user-${++nextUser}`;
    await insertUserIfAbsent(db, {
      id,
      companyId: 'company-1',
      username: id,
      usernameNormalized: id,
      email: `${id}@example.test`,
      displayName: id,
      passwordHash: null,
      createdAt: now,
    });
    return id;
  }

  /** A user who finished enrolment with a code of `confirmedStep`. */
  async function enrol(confirmedStep = step): Promise<void> {
    await savePendingTotpSecret(db, { userId, encryptedSecret: 'v1.sealed-secret', now });
    expect(await confirmTotpCredential(db, { userId, encryptedSecret: 'v1.sealed-secret', step: confirmedStep, now })).toBe(true);
  }

  describe('TOTP enrolment', () => {
    it('keeps a new secret pending until a code confirms it', async () => {
      expect(await findTotpCredential(db, userId)).toBeUndefined();
      expect(await savePendingTotpSecret(db, { userId, encryptedSecret: 'v1.first', now })).toBe(true);
      expect(await findTotpCredential(db, userId)).toMatchObject({ encryptedSecret: 'v1.first', confirmedAt: null, lastUsedStep: null });

      expect(await confirmTotpCredential(db, { userId, encryptedSecret: 'v1.first', step, now })).toBe(true);
      expect(await findTotpCredential(db, userId)).toMatchObject({ encryptedSecret: 'v1.first', confirmedAt: now, lastUsedStep: step });
    });

    it('replaces a pending secret when enrolment starts again, and the old secret can no longer be confirmed', async () => {
      await savePendingTotpSecret(db, { userId, encryptedSecret: 'v1.first', now });
      expect(await savePendingTotpSecret(db, { userId, encryptedSecret: 'v1.second', now })).toBe(true);
      expect((await findTotpCredential(db, userId))?.encryptedSecret).toBe('v1.second');

      expect(await confirmTotpCredential(db, { userId, encryptedSecret: 'v1.first', step, now })).toBe(false);
      expect(await confirmTotpCredential(db, { userId, encryptedSecret: 'v1.second', step, now })).toBe(true);
    });

    it('never lets a new enrolment replace a confirmed authenticator', async () => {
      await enrol();
      expect(await savePendingTotpSecret(db, { userId, encryptedSecret: 'v1.attacker', now })).toBe(false);
      expect(await findTotpCredential(db, userId)).toMatchObject({ encryptedSecret: 'v1.sealed-secret', confirmedAt: now });
      expect(await confirmTotpCredential(db, { userId, encryptedSecret: 'v1.sealed-secret', step: step + 5, now })).toBe(false);
    });
  });

  describe('claiming a time step (replay protection)', () => {
    it('refuses the code that confirmed enrolment if it is sent again to sign in', async () => {
      await enrol(step);
      expect(await claimTimeStep(db, userId, step)).toBe(false);
    });

    it('accepts each newer step once, and refuses a replayed or an older step', async () => {
      await enrol(step);
      expect(await claimTimeStep(db, userId, step + 1)).toBe(true);
      expect(await claimTimeStep(db, userId, step + 1)).toBe(false); // the same code again
      expect(await claimTimeStep(db, userId, step)).toBe(false); // an older code still inside the window
      expect(await claimTimeStep(db, userId, step + 2)).toBe(true);
      expect((await findTotpCredential(db, userId))?.lastUsedStep).toBe(step + 2);
    });

    it('refuses a pending credential and a user without one', async () => {
      await savePendingTotpSecret(db, { userId, encryptedSecret: 'v1.pending', now });
      expect(await claimTimeStep(db, userId, step)).toBe(false);
      expect(await claimTimeStep(db, 'nobody', step)).toBe(false);
    });

    it('lets exactly one of two concurrent submissions of the same code win', async () => {
      await enrol(step);
      for (let offset = 1; offset <= 20; offset++) {
        const outcomes = await Promise.all([claimTimeStep(db, userId, step + offset), claimTimeStep(db, userId, step + offset)]);
        expect(outcomes.filter(Boolean)).toHaveLength(1);
      }
    });

    it('lets exactly one win when the two submissions reach the database on different connections', async () => {
      await enrol(step);
      for (let offset = 1; offset <= 20; offset++) {
        const outcomes = await Promise.all([
          claimTimeStep(db, userId, step + offset),
          claimTimeStep(otherConnection.db, userId, step + offset),
        ]);
        expect(outcomes.filter(Boolean)).toHaveLength(1);
      }
    });

    it('keeps one user’s used steps from affecting another’s', async () => {
      await enrol(step);
      const otherUserId = await newUser();
      await savePendingTotpSecret(db, { userId: otherUserId, encryptedSecret: 'v1.other', now });
      await confirmTotpCredential(db, { userId: otherUserId, encryptedSecret: 'v1.other', step: step - 1, now });
      expect(await claimTimeStep(db, userId, step + 1)).toBe(true);
      expect(await claimTimeStep(db, otherUserId, step + 1)).toBe(true);
    });
  });

  describe('recovery codes', () => {
    it('accepts each code once and says how many remain', async () => {
      const { codes, hashes } = generateRecoveryCodes(hasher, userId);
      await replaceRecoveryCodes(db, { userId, codeHashes: hashes, now });
      expect(await countUnusedRecoveryCodes(db, userId)).toBe(10);

      const [first = '', second = ''] = codes;
      expect(await useRecoveryCode(db, { userId, codeHash: hashOf(userId, first), now })).toEqual({ accepted: true, remaining: 9 });
      expect(await useRecoveryCode(db, { userId, codeHash: hashOf(userId, first.toUpperCase()), now })).toEqual({ accepted: false });
      expect(await useRecoveryCode(db, { userId, codeHash: hashOf(userId, second), now })).toEqual({ accepted: true, remaining: 8 });
    });

    it('refuses a code that was never issued, and another user’s code', async () => {
      await replaceRecoveryCodes(db, { userId, codeHashes: generateRecoveryCodes(hasher, userId).hashes, now });
      const otherUserId = await newUser();
      const other = generateRecoveryCodes(hasher, otherUserId);
      await replaceRecoveryCodes(db, { userId: otherUserId, codeHashes: other.hashes, now });

      expect(await useRecoveryCode(db, { userId, codeHash: hashOf(userId, 'zzzzz-zzzzz'), now })).toEqual({ accepted: false });
      expect(await useRecoveryCode(db, { userId, codeHash: hashOf(userId, other.codes[0] ?? ''), now })).toEqual({ accepted: false });
      expect(await useRecoveryCode(db, { userId, codeHash: other.hashes[0] ?? '', now })).toEqual({ accepted: false });
      expect(await countUnusedRecoveryCodes(db, otherUserId)).toBe(10);
    });

    it('lets exactly one of two concurrent uses of the same code win, on one connection or two', async () => {
      const { codes } = await issueCodes();
      for (const [index, code] of codes.entries()) {
        const codeHash = hashOf(userId, code);
        const second = index % 2 === 0 ? db : otherConnection.db;
        const outcomes = await Promise.all([
          useRecoveryCode(db, { userId, codeHash, now }),
          useRecoveryCode(second, { userId, codeHash, now }),
        ]);
        expect(outcomes.filter((outcome) => outcome.accepted)).toHaveLength(1);
      }
      expect(await countUnusedRecoveryCodes(db, userId)).toBe(0);
    });

    it('a new set replaces the old one: old codes stop working', async () => {
      const old = await issueCodes();
      await useRecoveryCode(db, { userId, codeHash: hashOf(userId, old.codes[0] ?? ''), now });
      const fresh = await issueCodes();

      expect(await countUnusedRecoveryCodes(db, userId)).toBe(10);
      expect(await useRecoveryCode(db, { userId, codeHash: hashOf(userId, old.codes[1] ?? ''), now })).toEqual({ accepted: false });
      expect(await useRecoveryCode(db, { userId, codeHash: hashOf(userId, fresh.codes[0] ?? ''), now })).toEqual({
        accepted: true,
        remaining: 9,
      });
    });

    async function issueCodes() {
      const issued = generateRecoveryCodes(hasher, userId);
      await replaceRecoveryCodes(db, { userId, codeHashes: issued.hashes, now });
      return issued;
    }
  });

  describe('2FA reset', () => {
    it('removes the authenticator and every recovery code, so the next sign-in enrols again', async () => {
      await enrol();
      const { codes, hashes } = generateRecoveryCodes(hasher, userId);
      await replaceRecoveryCodes(db, { userId, codeHashes: hashes, now });

      await db.batch(secondFactorDeletion(db, userId));

      expect(await findTotpCredential(db, userId)).toBeUndefined();
      expect(await countUnusedRecoveryCodes(db, userId)).toBe(0);
      expect(await useRecoveryCode(db, { userId, codeHash: hashOf(userId, codes[0] ?? ''), now })).toEqual({ accepted: false });
      expect(await claimTimeStep(db, userId, step + 1)).toBe(false);
      expect(await savePendingTotpSecret(db, { userId, encryptedSecret: 'v1.new', now })).toBe(true);
    });

    it('goes with the user when the user is deleted', async () => {
      await enrol();
      await replaceRecoveryCodes(db, { userId, codeHashes: generateRecoveryCodes(hasher, userId).hashes, now });

      await db.delete(users).where(eq(users.id, userId));

      expect(await findTotpCredential(db, userId)).toBeUndefined();
      expect(await countUnusedRecoveryCodes(db, userId)).toBe(0);
    });

    it('leaves other users’ second factors alone', async () => {
      const otherUserId = await newUser();
      await savePendingTotpSecret(db, { userId: otherUserId, encryptedSecret: 'v1.other', now });
      await replaceRecoveryCodes(db, { userId: otherUserId, codeHashes: generateRecoveryCodes(hasher, otherUserId).hashes, now });

      await db.batch(secondFactorDeletion(db, userId));

      expect(await findTotpCredential(db, otherUserId)).toBeDefined();
      expect(await countUnusedRecoveryCodes(db, otherUserId)).toBe(10);
    });
  });
});
