import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraphUnderTest } from '@lanyard/core/testing/serviceUnderTest';
import { issueAccountLink } from './db/accountLinkStore.ts';
import { insertUserIfAbsent } from './db/userStore.ts';
import { generateRecoveryCodeKey } from './domain/recoveryCodes.ts';
import { generateSecretBoxKey } from './domain/secretBox.ts';
import { accountLinkExpiry, generateAccountLinkToken, hashAccountLinkToken } from './domain/accountLinkToken.ts';
import { createTestMail } from './mail/testMail.ts';
import { createIdentitySubgraph } from './service.ts';

/**
 * The sign-up link as the edge drives it over HTTP: the greeting, a password the policy refuses (the
 * link keeps working), the password that is set (the link stops working), and sign-in with it.
 */

const edge = { scope: 'edge' as const };
const companyId = 'company-1';
const INVITATION = `query ($token: String!) { signUpInvitation(token: $token) { username displayName companyName } }`;
const COMPLETE = `mutation ($input: CompleteSignUpInput!) { completeSignUp(input: $input) { username companyName } }`;
const VERIFY_PASSWORD = `mutation ($input: VerifyPasswordInput!) { verifyPassword(input: $input) { secondFactor } }`;
const GOOD_PASSWORD = 'Correct horse 7 battery!';
const HOUR = 60 * 60 * 1000;

type Answer = { body: { errors?: { extensions?: { code?: string } }[] } };
const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;
/** The field problems of a VALIDATION_FAILED answer. */
const fieldsOf = (answer: Answer) =>
  (answer.body.errors?.[0]?.extensions as { fields?: { path: string[]; message: string }[] } | undefined)?.fields;

describe('sign-up link (identity subgraph)', () => {
  let subgraph: Awaited<ReturnType<typeof startSubgraphUnderTest<Awaited<ReturnType<typeof createIdentitySubgraph>>>>>;
  const testMail = createTestMail();
  const keys = { totpEncryptionKey: generateSecretBoxKey(), recoveryCodeKey: generateRecoveryCodeKey() };
  let nextUser = 0;

  /** An invited user without a password, and the token of their link issued at `issuedAt`. */
  async function invite(username: string, issuedAt = new Date()): Promise<string> {
    const id = `user-${++nextUser}`;
    await insertUserIfAbsent(subgraph.service.db, {
      id,
      companyId,
      username,
      usernameNormalized: username.toLowerCase(),
      email: `${username}@example.test`,
      displayName: `${username} Person`,
      passwordHash: null,
      createdAt: issuedAt,
    });
    const token = generateAccountLinkToken();
    await issueAccountLink(subgraph.service.db, {
      purpose: 'SIGN_UP',
      tokenHash: hashAccountLinkToken(token),
      userId: id,
      companyName: 'Acme MSP',
      now: issuedAt,
      expiresAt: accountLinkExpiry('SIGN_UP', issuedAt),
    });
    return token;
  }

  const complete = (token: string, password: string) => subgraph.query(edge, COMPLETE, { input: { token, password } });
  const signIn = (username: string, password: string) =>
    subgraph.query(edge, VERIFY_PASSWORD, { input: { companyId, username, password } });

  beforeAll(async () => {
    subgraph = await startSubgraphUnderTest((settings) => createIdentitySubgraph(settings, keys, testMail.mail));
  });
  afterAll(async () => {
    await subgraph.stop();
    testMail.remove();
  });

  it('greets the person with their username, name and company', async () => {
    const token = await invite('Riley');
    expect((await subgraph.query(edge, INVITATION, { token })).body.data).toEqual({
      signUpInvitation: { username: 'Riley', displayName: 'Riley Person', companyName: 'Acme MSP' },
    });
  });

  it('names each rule a weak password fails, and the link still works afterwards', async () => {
    const token = await invite('casey');
    const weak = await complete(token, 'casey-acme msp');
    expect(codeOf(weak)).toBe('VALIDATION_FAILED');
    expect(weak.body.errors?.[0]?.message).toBe('The password does not meet the policy.');
    expect(fieldsOf(weak)).toEqual([
      { path: ['input', 'password'], message: 'At least one upper-case letter' },
      { path: ['input', 'password'], message: 'At least one digit' },
      { path: ['input', 'password'], message: 'Does not contain your username' },
      { path: ['input', 'password'], message: 'Does not contain your company name' },
    ]);
    const common = await complete(token, 'P@ssw0rd');
    expect(fieldsOf(common)?.map((field) => field.message)).toEqual([
      'Is not a commonly used password',
    ]);
    expect((await subgraph.query(edge, INVITATION, { token })).body.data).toMatchObject({ signUpInvitation: { username: 'casey' } });
    expect((await complete(token, GOOD_PASSWORD)).body.data).toEqual({
      completeSignUp: { username: 'casey', companyName: 'Acme MSP' },
    });
  });

  it('sets the password once: sign-in works with it, and the link is dead afterwards', async () => {
    const token = await invite('morgan');
    expect(codeOf(await signIn('morgan', GOOD_PASSWORD))).toBe('BAD_CREDENTIALS');
    expect((await complete(token, GOOD_PASSWORD)).body.data).toEqual({
      completeSignUp: { username: 'morgan', companyName: 'Acme MSP' },
    });
    expect((await signIn('morgan', GOOD_PASSWORD)).body.data).toEqual({ verifyPassword: { secondFactor: 'ENROLMENT_REQUIRED' } });

    const again = await complete(token, 'Another good 8 password!');
    expect(codeOf(again)).toBe('SIGN_UP_LINK_INVALID');
    expect(again.body.errors?.[0]?.message).toBe(
      'This sign-up link has expired or was already used. Ask your administrator to send you a new invitation.',
    );
    expect(codeOf(await subgraph.query(edge, INVITATION, { token }))).toBe('SIGN_UP_LINK_INVALID');
    expect((await signIn('morgan', GOOD_PASSWORD)).body.data).toEqual({ verifyPassword: { secondFactor: 'ENROLMENT_REQUIRED' } });
  });

  it('refuses an expired link, and one that was never issued', async () => {
    const expired = await invite('late', new Date(Date.now() - 72 * HOUR - 1000));
    expect(codeOf(await subgraph.query(edge, INVITATION, { token: expired }))).toBe('SIGN_UP_LINK_INVALID');
    expect(codeOf(await complete(expired, GOOD_PASSWORD))).toBe('SIGN_UP_LINK_INVALID');
    expect(codeOf(await signIn('late', GOOD_PASSWORD))).toBe('BAD_CREDENTIALS');
    for (const token of [generateAccountLinkToken(), 'not a token', '']) {
      expect(codeOf(await subgraph.query(edge, INVITATION, { token }))).toBe('SIGN_UP_LINK_INVALID');
      expect(codeOf(await complete(token, GOOD_PASSWORD))).toBe('SIGN_UP_LINK_INVALID');
    }
  });

  it('lets exactly one of two simultaneous completions set the password', async () => {
    const token = await invite('racer');
    const answers = await Promise.all([complete(token, GOOD_PASSWORD), complete(token, 'The other 9 password!')]);
    const winners = answers.filter((answer) => answer.body.data?.completeSignUp);
    expect(winners).toHaveLength(1);
    expect(answers.filter((answer) => codeOf(answer) === 'SIGN_UP_LINK_INVALID')).toHaveLength(1);
    const winningPassword = answers[0] === winners[0] ? GOOD_PASSWORD : 'The other 9 password!';
    const losingPassword = winningPassword === GOOD_PASSWORD ? 'The other 9 password!' : GOOD_PASSWORD;
    expect((await signIn('racer', winningPassword)).body.data).toEqual({ verifyPassword: { secondFactor: 'ENROLMENT_REQUIRED' } });
    expect(codeOf(await signIn('racer', losingPassword))).toBe('BAD_CREDENTIALS');
  });

  it('lets only the edge use a link', async () => {
    const token = await invite('guarded');
    for (const principal of [{ scope: 'session' as const, userId: 'user-1', companyId, companyName: 'Acme MSP', role: 'USER' as const }, { scope: 'anonymous' as const }]) {
      expect(codeOf(await subgraph.query(principal, INVITATION, { token }))).toBe('FORBIDDEN');
      expect(codeOf(await subgraph.query(principal, COMPLETE, { input: { token, password: GOOD_PASSWORD } }))).toBe('FORBIDDEN');
    }
    expect((await complete(token, GOOD_PASSWORD)).body.data).toMatchObject({ completeSignUp: { username: 'guarded' } });
  });
});
