import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraphUnderTest } from '@lanyard/core/testing/serviceUnderTest';
import { issueAccountLink } from './db/accountLinkStore.ts';
import { insertUserIfAbsent } from './db/userStore.ts';
import { accountLinkExpiry, generateAccountLinkToken, hashAccountLinkToken } from './domain/accountLinkToken.ts';
import { hashPassword } from './domain/passwordHashing.ts';
import { generateRecoveryCodeKey } from './domain/recoveryCodes.ts';
import { generateSecretBoxKey } from './domain/secretBox.ts';
import { createTestMail } from './mail/testMail.ts';
import { createIdentitySubgraph } from './service.ts';

/**
 * "Can't log in?" as the edge drives it over HTTP: forgot password (the reset email, its link, the new
 * password and the confirmation email) and forgot company name, with mail read from a development outbox.
 */

const edge = { scope: 'edge' as const };
const companyId = 'company-1';
const OLD_PASSWORD = 'Old-password-1!';
const NEW_PASSWORD = 'Correct horse 7 battery!';
const REQUEST = `mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const LINK = `query ($token: String!) { passwordResetLink(token: $token) { username companyName } }`;
const COMPLETE = `mutation ($input: CompletePasswordResetInput!) { completePasswordReset(input: $input) { username companyName } }`;
const REMIND = `mutation ($input: SendCompanyNamesReminderInput!) { sendCompanyNamesReminder(input: $input) }`;
const COMPANIES = `query ($email: String!) { companyIdsForEmail(email: $email) }`;
const VERIFY_PASSWORD = `mutation ($input: VerifyPasswordInput!) { verifyPassword(input: $input) { secondFactor } }`;
const MINUTE = 60 * 1000;

type Answer = { body: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] } };
const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;
const fieldsOf = (answer: Answer) =>
  (answer.body.errors?.[0]?.extensions as { fields?: { path: string[]; message: string }[] } | undefined)?.fields;

describe('account recovery (identity subgraph)', () => {
  let subgraph: Awaited<ReturnType<typeof startSubgraphUnderTest<Awaited<ReturnType<typeof createIdentitySubgraph>>>>>;
  const testMail = createTestMail('https://lanyard.example/');
  const keys = { totpEncryptionKey: generateSecretBoxKey(), recoveryCodeKey: generateRecoveryCodeKey() };
  let nextUser = 0;

  async function addUser(username: string, email: string, company = companyId): Promise<string> {
    const id = `user-${++nextUser}`;
    await insertUserIfAbsent(subgraph.service.db, {
      id,
      companyId: company,
      username,
      usernameNormalized: username.toLowerCase(),
      email,
      displayName: `${username} Person`,
      passwordHash: await hashPassword(OLD_PASSWORD),
      createdAt: new Date(),
    });
    return id;
  }

  const mailCount = async () => (await testMail.outbox.listOutbox(1000)).length;
  const newestMail = async () => (await testMail.outbox.listOutbox(1))[0]!;
  const request = (username: string, company: string | null = companyId) =>
    subgraph.query(edge, REQUEST, { input: { companyId: company, companyName: 'Acme MSP', username } });
  const complete = (token: string, password: string) => subgraph.query(edge, COMPLETE, { input: { token, password } });
  const signIn = (username: string, password: string) =>
    subgraph.query(edge, VERIFY_PASSWORD, { input: { companyId, username, password } });

  /** Asks for a reset of this user and returns the token of the link in the one email it sent. */
  async function resetToken(username: string): Promise<string> {
    const before = await mailCount();
    expect((await request(username)).body.data).toEqual({ requestPasswordReset: true });
    expect(await mailCount()).toBe(before + 1);
    const mail = await newestMail();
    const token = /https:\/\/lanyard\.example\/reset-password#token=([A-Za-z0-9_-]{43})\n/.exec(mail.text)?.[1];
    expect(token).toBeDefined();
    return token!;
  }

  beforeAll(async () => {
    subgraph = await startSubgraphUnderTest((settings) => createIdentitySubgraph(settings, keys, testMail.mail));
  });
  afterAll(async () => {
    await subgraph.stop();
    testMail.remove();
  });

  it('emails a known user a 30-minute reset link that the reset page accepts', async () => {
    await addUser('Riley', 'riley@example.test');
    const before = await mailCount();
    const token = await resetToken('  RILEY ');
    expect(await mailCount()).toBe(before + 1);
    const mail = await newestMail();
    expect(mail).toMatchObject({ to: 'riley@example.test', subject: 'Reset your Lanyard password for Acme MSP' });
    expect(mail.text).toContain('30 minutes');
    expect((await subgraph.query(edge, LINK, { token })).body.data).toEqual({
      passwordResetLink: { username: 'Riley', companyName: 'Acme MSP' },
    });
  });

  it('answers true and sends nothing for an unknown user or company', async () => {
    const before = await mailCount();
    expect((await request('nobody')).body.data).toEqual({ requestPasswordReset: true });
    expect((await request('Riley', null)).body.data).toEqual({ requestPasswordReset: true });
    expect((await request('Riley', 'company-2')).body.data).toEqual({ requestPasswordReset: true });
    expect(await mailCount()).toBe(before);
  });

  it('names each rule a weak password fails, and the link still works afterwards', async () => {
    await addUser('casey', 'casey@example.test');
    const token = await resetToken('casey');
    const weak = await complete(token, 'casey-acme msp');
    expect(codeOf(weak)).toBe('VALIDATION_FAILED');
    expect(fieldsOf(weak)).toEqual([
      { path: ['input', 'password'], message: 'At least one upper-case letter' },
      { path: ['input', 'password'], message: 'At least one digit' },
      { path: ['input', 'password'], message: 'Does not contain your username' },
      { path: ['input', 'password'], message: 'Does not contain your company name' },
    ]);
    expect((await subgraph.query(edge, LINK, { token })).body.data).toMatchObject({ passwordResetLink: { username: 'casey' } });
    expect((await complete(token, NEW_PASSWORD)).body.data).toEqual({
      completePasswordReset: { username: 'casey', companyName: 'Acme MSP' },
    });
  });

  it('sets the new password once, refuses the old one, ends every session, and confirms by email', async () => {
    const morgan = await addUser('morgan', 'morgan@example.test');
    const token = await resetToken('morgan');
    const before = await mailCount();
    const completed = await complete(token, NEW_PASSWORD);
    expect(completed.body.data).toEqual({
      completePasswordReset: { username: 'morgan', companyName: 'Acme MSP' },
    });
    // The edge reads this header and ends all of morgan's sessions.
    expect(completed.headers.get('lanyard-end-sessions-of')).toBe(morgan);
    expect((await signIn('morgan', NEW_PASSWORD)).body.data).toEqual({ verifyPassword: { secondFactor: 'ENROLMENT_REQUIRED' } });
    expect(codeOf(await signIn('morgan', OLD_PASSWORD))).toBe('BAD_CREDENTIALS');

    expect(await mailCount()).toBe(before + 1);
    const confirmation = await newestMail();
    expect(confirmation.to).toBe('morgan@example.test');
    expect(confirmation.text).toContain('morgan');
    expect(confirmation.text).not.toContain('reset-password#token=');

    const again = await complete(token, 'Another good 8 password!');
    expect(codeOf(again)).toBe('RESET_LINK_INVALID');
    expect(codeOf(await subgraph.query(edge, LINK, { token }))).toBe('RESET_LINK_INVALID');
    expect((await signIn('morgan', NEW_PASSWORD)).body.data).toEqual({ verifyPassword: { secondFactor: 'ENROLMENT_REQUIRED' } });
  });

  it('replaces an earlier reset link with a newer one', async () => {
    await addUser('twice', 'twice@example.test');
    const first = await resetToken('twice');
    const second = await resetToken('twice');
    expect(codeOf(await complete(first, NEW_PASSWORD))).toBe('RESET_LINK_INVALID');
    expect((await complete(second, NEW_PASSWORD)).body.data).toMatchObject({ completePasswordReset: { username: 'twice' } });
  });

  it('refuses an expired link, a link never issued, and a sign-up link', async () => {
    const userId = await addUser('late', 'late@example.test');
    const issue = async (purpose: 'SIGN_UP' | 'PASSWORD_RESET', issuedAt: Date) => {
      const token = generateAccountLinkToken();
      await issueAccountLink(subgraph.service.db, {
        purpose,
        tokenHash: hashAccountLinkToken(token),
        userId,
        companyName: 'Acme MSP',
        now: issuedAt,
        expiresAt: accountLinkExpiry(purpose, issuedAt),
      });
      return token;
    };
    const expired = await issue('PASSWORD_RESET', new Date(Date.now() - 30 * MINUTE - 1000));
    const signUp = await issue('SIGN_UP', new Date());
    for (const token of [expired, signUp, generateAccountLinkToken(), 'not a token', '']) {
      expect(codeOf(await subgraph.query(edge, LINK, { token }))).toBe('RESET_LINK_INVALID');
      expect(codeOf(await complete(token, NEW_PASSWORD))).toBe('RESET_LINK_INVALID');
    }
    expect(codeOf(await signIn('late', NEW_PASSWORD))).toBe('BAD_CREDENTIALS');
    // The sign-up link is untouched: it still works as what it is.
    const invitation = `query ($token: String!) { signUpInvitation(token: $token) { username } }`;
    expect((await subgraph.query(edge, invitation, { token: signUp })).body.data).toEqual({ signUpInvitation: { username: 'late' } });
    // And a reset token is no sign-up token.
    const reset = await resetToken('late');
    expect(codeOf(await subgraph.query(edge, invitation, { token: reset }))).toBe('SIGN_UP_LINK_INVALID');
  });

  it('emails the company names reminder, and sends nothing for no names', async () => {
    const before = await mailCount();
    const answer = await subgraph.query(edge, REMIND, {
      input: { email: 'sam@example.test', companyNames: ['Acme MSP', 'Globex'] },
    });
    expect(answer.body.data).toEqual({ sendCompanyNamesReminder: true });
    expect(await mailCount()).toBe(before + 1);
    const mail = await newestMail();
    expect(mail.to).toBe('sam@example.test');
    expect(mail.text).toContain('Acme MSP');
    expect(mail.text).toContain('Globex');
    expect(mail.text).toContain('https://lanyard.example/sign-in');
    expect((await subgraph.query(edge, REMIND, { input: { email: 'sam@example.test', companyNames: [] } })).body.data).toEqual({
      sendCompanyNamesReminder: true,
    });
    expect(await mailCount()).toBe(before + 1);
  });

  it('finds the companies of an email address whatever its case', async () => {
    await addUser('sam', 'Sam@Example.test', 'company-a');
    await addUser('sam2', 'sam@example.test', 'company-a');
    await addUser('sam', 'SAM@example.TEST', 'company-b');
    const ids = (await subgraph.query(edge, COMPANIES, { email: ' sam@EXAMPLE.test ' })).body.data?.companyIdsForEmail as string[];
    expect([...ids].sort()).toEqual(['company-a', 'company-b']);
    expect((await subgraph.query(edge, COMPANIES, { email: 'nobody@example.test' })).body.data).toEqual({ companyIdsForEmail: [] });
  });

  it('answers only the edge', async () => {
    const token = await resetToken('Riley');
    for (const principal of [{ scope: 'session' as const, userId: 'user-1', companyId, companyName: 'Acme MSP', role: 'USER' as const }, { scope: 'anonymous' as const }]) {
      expect(codeOf(await subgraph.query(principal, REQUEST, { input: { companyId, companyName: 'Acme MSP', username: 'Riley' } }))).toBe('FORBIDDEN');
      expect(codeOf(await subgraph.query(principal, LINK, { token }))).toBe('FORBIDDEN');
      expect(codeOf(await subgraph.query(principal, COMPLETE, { input: { token, password: NEW_PASSWORD } }))).toBe('FORBIDDEN');
      expect(codeOf(await subgraph.query(principal, REMIND, { input: { email: 'x@example.test', companyNames: ['Acme MSP'] } }))).toBe('FORBIDDEN');
      expect(codeOf(await subgraph.query(principal, COMPANIES, { email: 'x@example.test' }))).toBe('FORBIDDEN');
    }
    expect((await subgraph.query(edge, LINK, { token })).body.data).toMatchObject({ passwordResetLink: { username: 'Riley' } });
  });
});
