import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraphUnderTest } from '@lanyard/core/testing/serviceUnderTest';
import { hashPassword } from './domain/passwordHashing.ts';
import { generateRecoveryCodeKey } from './domain/recoveryCodes.ts';
import { generateSecretBoxKey } from './domain/secretBox.ts';
import { totpCodeAt } from './domain/totp.ts';
import { insertUserIfAbsent } from './db/userStore.ts';
import { createTestMail } from './mail/testMail.ts';
import { createIdentitySubgraph } from './service.ts';

/**
 * The second-factor steps as the edge drives them over HTTP: enrolment with a QR code, confirmation
 * with recovery codes, then sign-ins where each code works once. Codes are computed from the secret
 * the enrolment answer shows, exactly as an authenticator app would.
 */

const edge = { scope: 'edge' as const };
const companyId = 'company-1';
const VERIFY_PASSWORD = `mutation ($input: VerifyPasswordInput!) { verifyPassword(input: $input) { secondFactor } }`;
const START = `mutation ($input: StartTotpEnrolmentInput!) { startTotpEnrolment(input: $input) { otpauthUri manualEntryKey qrCodeSvg } }`;
const CONFIRM = `mutation ($input: ConfirmTotpEnrolmentInput!) { confirmTotpEnrolment(input: $input) { recoveryCodes } }`;
const VERIFY = `mutation ($input: VerifySecondFactorInput!) { verifySecondFactor(input: $input) { method recoveryCodesRemaining } }`;
const THIRTY_SECONDS = 30_000;

/** The code an authenticator shows one step from now: always newer than any step already used. */
const nextStepCode = (secret: string) => totpCodeAt(secret, new Date(Date.now() + THIRTY_SECONDS));

describe('two-factor sign-in steps (identity subgraph)', () => {
  let subgraph: Awaited<ReturnType<typeof startSubgraphUnderTest<Awaited<ReturnType<typeof createIdentitySubgraph>>>>>;
  const testMail = createTestMail();
  const keys = { totpEncryptionKey: generateSecretBoxKey(), recoveryCodeKey: generateRecoveryCodeKey() };

  const codeOf = (answer: { body: { errors?: { extensions?: { code?: string } }[] } }) =>
    answer.body.errors?.[0]?.extensions?.code;

  async function addUser(id: string, username: string) {
    await insertUserIfAbsent(subgraph.service.db, {
      id,
      companyId,
      username,
      usernameNormalized: username,
      email: `${username}@example.test`,
      displayName: username,
      passwordHash: await hashPassword('Right-password-1'),
      createdAt: new Date(),
    });
  }

  /** Enrols the user and returns the secret (read from the manual entry key) and the recovery codes. */
  async function enrol(userId: string): Promise<{ secret: string; recoveryCodes: string[] }> {
    const started = await subgraph.query(edge, START, { input: { userId, companyName: 'Acme MSP' } });
    const secret = (started.body.data as { startTotpEnrolment: { manualEntryKey: string } }).startTotpEnrolment.manualEntryKey.replaceAll(' ', '');
    const confirmed = await subgraph.query(edge, CONFIRM, { input: { userId, code: await totpCodeAt(secret, new Date()) } });
    return { secret, recoveryCodes: (confirmed.body.data as { confirmTotpEnrolment: { recoveryCodes: string[] } }).confirmTotpEnrolment.recoveryCodes };
  }

  beforeAll(async () => {
    subgraph = await startSubgraphUnderTest((settings) => createIdentitySubgraph(settings, keys, testMail.mail));
    await addUser('user-new', 'newbie');
    await addUser('user-racer', 'racer');
    await addUser('user-recovery', 'forgetful');
    await addUser('user-guesser', 'guessed');
  });
  afterAll(async () => {
    await subgraph.stop();
    testMail.remove();
  });

  it('enrols a new user: QR code and manual key, a wrong code refused, a right one confirmed with 10 recovery codes', async () => {
    const before = await subgraph.query(edge, VERIFY_PASSWORD, {
      input: { companyId, username: 'newbie', password: 'Right-password-1' },
    });
    expect(before.body.data).toEqual({ verifyPassword: { secondFactor: 'ENROLMENT_REQUIRED' } });

    const started = await subgraph.query(edge, START, { input: { userId: 'user-new', companyName: 'Acme MSP' } });
    const enrolment = (started.body.data as { startTotpEnrolment: { otpauthUri: string; manualEntryKey: string; qrCodeSvg: string } }).startTotpEnrolment;
    expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\/Lanyard:Acme%20MSP%2Fnewbie\?secret=[A-Z2-7]{32}&issuer=Lanyard/);
    expect(enrolment.manualEntryKey).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
    expect(enrolment.qrCodeSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(enrolment.qrCodeSvg).not.toMatch(/<script/i);
    const secret = enrolment.manualEntryKey.replaceAll(' ', '');
    expect(enrolment.otpauthUri).toContain(`secret=${secret}`);

    const rightCode = await totpCodeAt(secret, new Date());
    const wrongCode = String((Number(rightCode) + 1) % 1_000_000).padStart(6, '0');
    expect(codeOf(await subgraph.query(edge, CONFIRM, { input: { userId: 'user-new', code: wrongCode } }))).toBe('BAD_SECOND_FACTOR');

    const confirmed = await subgraph.query(edge, CONFIRM, { input: { userId: 'user-new', code: rightCode } });
    const codes = (confirmed.body.data as { confirmTotpEnrolment: { recoveryCodes: string[] } }).confirmTotpEnrolment.recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[0-9a-z]{5}-[0-9a-z]{5}$/);

    const after = await subgraph.query(edge, VERIFY_PASSWORD, {
      input: { companyId, username: 'newbie', password: 'Right-password-1' },
    });
    expect(after.body.data).toEqual({ verifyPassword: { secondFactor: 'TOTP' } });
    // Knowing the password is not enough to replace a working authenticator.
    const again = await subgraph.query(edge, START, { input: { userId: 'user-new', companyName: 'Acme MSP' } });
    expect(codeOf(again)).toBe('SECOND_FACTOR_ALREADY_SET_UP');

    // The confirming code cannot sign in; the next step's code can, once.
    expect(codeOf(await subgraph.query(edge, VERIFY, { input: { userId: 'user-new', code: rightCode } }))).toBe('BAD_SECOND_FACTOR');
    const next = await nextStepCode(secret);
    expect((await subgraph.query(edge, VERIFY, { input: { userId: 'user-new', code: next } })).body.data).toEqual({
      verifySecondFactor: { method: 'TOTP', recoveryCodesRemaining: null },
    });
    expect(codeOf(await subgraph.query(edge, VERIFY, { input: { userId: 'user-new', code: next } }))).toBe('BAD_SECOND_FACTOR');
  });

  it('lets exactly one of two simultaneous submissions of the same code in', async () => {
    const { secret } = await enrol('user-racer');
    const code = await nextStepCode(secret);
    const answers = await Promise.all(
      Array.from({ length: 2 }, () => subgraph.query(edge, VERIFY, { input: { userId: 'user-racer', code } })),
    );
    expect(answers.filter((answer) => answer.body.data?.verifySecondFactor).length).toBe(1);
    expect(answers.filter((answer) => codeOf(answer) === 'BAD_SECOND_FACTOR').length).toBe(1);
  });

  it('accepts each recovery code once, in any case and spacing, and says how many remain', async () => {
    const { recoveryCodes } = await enrol('user-recovery');
    const first = recoveryCodes[0]!;
    const typed = ` ${first.toUpperCase().replace('-', ' ')} `;
    expect((await subgraph.query(edge, VERIFY, { input: { userId: 'user-recovery', code: typed } })).body.data).toEqual({
      verifySecondFactor: { method: 'RECOVERY_CODE', recoveryCodesRemaining: 9 },
    });
    expect(codeOf(await subgraph.query(edge, VERIFY, { input: { userId: 'user-recovery', code: first } }))).toBe('BAD_SECOND_FACTOR');
    expect(codeOf(await subgraph.query(edge, VERIFY, { input: { userId: 'user-recovery', code: 'zzzzz-zzzzz' } }))).toBe('BAD_SECOND_FACTOR');
  });

  it('answers a user without an authenticator, or one who does not exist, like any wrong code', async () => {
    expect(codeOf(await subgraph.query(edge, VERIFY, { input: { userId: 'nobody', code: '123456' } }))).toBe('BAD_SECOND_FACTOR');
  });

  it('lets only the edge run these steps', async () => {
    const browser = { scope: 'session' as const, userId: 'user-new', companyId, companyName: 'Acme MSP', role: 'USER' as const };
    for (const [query, input] of [
      [VERIFY, { userId: 'user-new', code: '123456' }],
      [START, { userId: 'user-new', companyName: 'Acme MSP' }],
      [CONFIRM, { userId: 'user-new', code: '123456' }],
    ] as const) {
      expect(codeOf(await subgraph.query(browser, query, { input }))).toBe('FORBIDDEN');
      expect(codeOf(await subgraph.query({ scope: 'anonymous' }, query, { input }))).toBe('FORBIDDEN');
    }
  });
});
