import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountLinkExpiry,
  generateAccountLinkToken,
  hashAccountLinkToken,
  type AccountLinkPurpose,
} from '../domain/accountLinkToken.ts';
import { openIdentityDatabase } from './database.ts';
import { consumeAccountLink, findValidAccountLink, issueAccountLink } from './accountLinkStore.ts';
import { insertUserIfAbsent, type IdentityDatabase } from './userStore.ts';

type OpenedIdentityDatabase = Awaited<ReturnType<typeof openIdentityDatabase>>;

const now = new Date('2030-01-01T00:00:00Z');
const HOUR = 60 * 60 * 1000;
const at = (hours: number) => new Date(now.getTime() + hours * HOUR);

describe('account link store', () => {
  let folder: string;
  let opened: OpenedIdentityDatabase;
  /** A second connection to the same file, as a second process serving the same database would have. */
  let otherConnection: OpenedIdentityDatabase;
  let db: IdentityDatabase;
  let nextUser = 0;

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

  async function issue(userId: string, issuedAt = now, purpose: AccountLinkPurpose = 'SIGN_UP'): Promise<string> {
    const token = generateAccountLinkToken();
    await issueAccountLink(db, {
      purpose,
      tokenHash: hashAccountLinkToken(token),
      userId,
      companyName: 'Acme MSP',
      now: issuedAt,
      expiresAt: accountLinkExpiry(purpose, issuedAt),
    });
    return hashAccountLinkToken(token);
  }

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'lanyard-sign-up-'));
    opened = await openIdentityDatabase(`file:${join(folder, 'identity.db')}`);
    otherConnection = await openIdentityDatabase(`file:${join(folder, 'identity.db')}`);
    db = opened.db;
  });
  afterAll(() => {
    opened.close();
    otherConnection.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('finds a fresh link with its company name, until it expires after 72 hours', async () => {
    const userId = await newUser();
    const hash = await issue(userId);
    expect(await findValidAccountLink(db, 'SIGN_UP', hash, at(71.9))).toMatchObject({ userId, companyName: 'Acme MSP', usedAt: null });
    expect(await findValidAccountLink(db, 'SIGN_UP', hash, at(72))).toBeUndefined();
    expect(await consumeAccountLink(db, 'SIGN_UP', hash, at(72))).toBe(false);
    expect(await findValidAccountLink(db, 'SIGN_UP', hashAccountLinkToken(generateAccountLinkToken()), now)).toBeUndefined();
  });

  it('is used once', async () => {
    const hash = await issue(await newUser());
    expect(await consumeAccountLink(db, 'SIGN_UP', hash, at(1))).toBe(true);
    expect(await consumeAccountLink(db, 'SIGN_UP', hash, at(1))).toBe(false);
    expect(await findValidAccountLink(db, 'SIGN_UP', hash, at(1))).toBeUndefined();
  });

  it('retires the earlier unused links of a user when a new one is issued', async () => {
    const userId = await newUser();
    const first = await issue(userId);
    const second = await issue(userId, at(1));
    expect(await findValidAccountLink(db, 'SIGN_UP', first, at(2))).toBeUndefined();
    expect(await consumeAccountLink(db, 'SIGN_UP', first, at(2))).toBe(false);
    expect(await findValidAccountLink(db, 'SIGN_UP', second, at(2))).toMatchObject({ userId });
    const otherUsers = await issue(await newUser(), at(1));
    await issue(userId, at(3));
    expect(await findValidAccountLink(db, 'SIGN_UP', otherUsers, at(3))).toBeDefined();
  });

  it('keeps a reset link for 30 minutes, and never takes a link for one of the other purpose', async () => {
    const userId = await newUser();
    const signUp = await issue(userId);
    const reset = await issue(userId, now, 'PASSWORD_RESET');
    // Issuing a reset link leaves the sign-up link alone: each purpose retires only its own links.
    expect(await findValidAccountLink(db, 'SIGN_UP', signUp, at(0.1))).toMatchObject({ userId, purpose: 'SIGN_UP' });
    expect(await findValidAccountLink(db, 'PASSWORD_RESET', reset, at(0.49))).toMatchObject({ purpose: 'PASSWORD_RESET' });
    expect(await findValidAccountLink(db, 'PASSWORD_RESET', reset, at(0.5))).toBeUndefined();
    expect(await findValidAccountLink(db, 'PASSWORD_RESET', signUp, at(0.1))).toBeUndefined();
    expect(await consumeAccountLink(db, 'PASSWORD_RESET', signUp, at(0.1))).toBe(false);
    expect(await findValidAccountLink(db, 'SIGN_UP', reset, at(0.1))).toBeUndefined();
    expect(await consumeAccountLink(db, 'SIGN_UP', reset, at(0.1))).toBe(false);
    expect(await consumeAccountLink(db, 'PASSWORD_RESET', reset, at(0.1))).toBe(true);
    expect(await consumeAccountLink(db, 'SIGN_UP', signUp, at(0.1))).toBe(true);
  });

  it('lets exactly one of two concurrent uses win, even from two connections', async () => {
    for (let round = 0; round < 5; round++) {
      const hash = await issue(await newUser());
      const outcomes = await Promise.all([
        consumeAccountLink(db, 'SIGN_UP', hash, at(1)),
        consumeAccountLink(otherConnection.db, 'SIGN_UP', hash, at(1)),
      ]);
      expect(outcomes.filter(Boolean)).toHaveLength(1);
    }
  });
});
