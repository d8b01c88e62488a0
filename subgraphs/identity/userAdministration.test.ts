import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Principal } from '@lanyard/core/internalToken';
import { startSubgraphUnderTest } from '@lanyard/core/testing/serviceUnderTest';
import { insertConfirmedTotpCredentialIfAbsent } from './db/secondFactorStore.ts';
import { findUserById, findUserByUsername, insertUserIfAbsent } from './db/userStore.ts';
import type { Role } from '@lanyard/core/role';
import { hashPassword } from './domain/passwordHashing.ts';
import { generateRecoveryCodeKey } from './domain/recoveryCodes.ts';
import { createSecretBox, generateSecretBoxKey } from './domain/secretBox.ts';
import { generateTotpSecret } from './domain/totp.ts';
import { createTestMail } from './mail/testMail.ts';
import { createIdentitySubgraph } from './service.ts';

/**
 * A Master's actions on the users of their company, over HTTP as the edge forwards them: each allowed
 * for a Master of the company, and refused (FORBIDDEN, nothing changed) for a plain user and for a Master
 * of another company; what each does to sign-in, links and mail; the Root Master's protections; the
 * audit log; the company's password policy.
 */

const ACME = 'acme';
const GLOBEX = 'globex';
const PASSWORD = 'Old-password-1!';
const NEW_PASSWORD = 'Correct horse 7 battery!';
const edge = { scope: 'edge' as const };

type Answer = { headers: Headers; body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;
const fieldPathsOf = (answer: Answer) =>
  ((answer.body.errors?.[0]?.extensions?.fields ?? []) as { path: string[] }[]).map((field) => field.path.join('.'));

const USER_FIELDS = 'id username email displayName role status';
const Q = {
  users: `{ companyUsers { ${USER_FIELDS} } }`,
  audit: `{ auditLog(limit: 20) { action actorUsername targetUsername detail occurredAt } }`,
  policy: `{ passwordPolicy { minLength maxLength } }`,
  invite: `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { ${USER_FIELDS} } }`,
  resend: `mutation ($id: ID!) { resendInvitation(userId: $id) { id status } }`,
  revoke: `mutation ($id: ID!) { revokeInvitation(userId: $id) }`,
  resetPassword: `mutation ($id: ID!) { resetUserPassword(userId: $id) { id status } }`,
  resetTwoFactor: `mutation ($id: ID!) { resetUserTwoFactor(userId: $id) { id status } }`,
  delete: `mutation ($id: ID!) { deleteUser(userId: $id) }`,
  role: `mutation ($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id role } }`,
  updatePolicy: `mutation ($input: UpdatePasswordPolicyInput!) { updatePasswordPolicy(input: $input) { minLength maxLength } }`,
  verifyPassword: `mutation ($input: VerifyPasswordInput!) { verifyPassword(input: $input) { secondFactor } }`,
  signUpInvitation: `query ($token: String!) { signUpInvitation(token: $token) { username passwordPolicy { minLength } } }`,
  completeSignUp: `mutation ($input: CompleteSignUpInput!) { completeSignUp(input: $input) { username } }`,
  completeReset: `mutation ($input: CompletePasswordResetInput!) { completePasswordReset(input: $input) { username } }`,
  entities: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on User { id status } } }`,
};

describe('user administration (identity subgraph)', () => {
  let subgraph: Awaited<ReturnType<typeof startSubgraphUnderTest<Awaited<ReturnType<typeof createIdentitySubgraph>>>>>;
  const testMail = createTestMail('https://lanyard.example');
  const keys = { totpEncryptionKey: generateSecretBoxKey(), recoveryCodeKey: generateRecoveryCodeKey() };
  const secretBox = createSecretBox(keys.totpEncryptionKey);
  let passwordHash: string;
  let serial = 0;

  /**
   * A session of this user. The role in it is USER on purpose: identity must decide from its own
   * database, never from what the session says, so a test passes only if that is what it does.
   */
  const as = (userId: string, companyId = ACME): Principal => ({
    scope: 'session',
    userId,
    companyId,
    companyName: companyId === ACME ? 'Acme MSP' : 'Globex',
    role: 'USER',
  });

  /** An active user (password and authenticator) with a fresh username, so tests never share state. */
  async function addUser(role: Role, companyId = ACME, prefix = role.toLowerCase()): Promise<{ id: string; username: string }> {
    const id = `user-${++serial}`;
    const username = `${prefix}${serial}`;
    const now = new Date();
    await insertUserIfAbsent(subgraph.service.db, {
      id,
      companyId,
      username,
      usernameNormalized: username,
      email: `${username}@example.test`,
      displayName: `${username} Person`,
      passwordHash,
      role,
      activatedAt: now,
      createdAt: now,
    });
    await insertConfirmedTotpCredentialIfAbsent(subgraph.service.db, {
      userId: id,
      encryptedSecret: secretBox.seal(generateTotpSecret(), id),
      now,
    });
    return { id, username };
  }

  const findUserByUsernameIn = (companyId: string, username: string) =>
    findUserByUsername(subgraph.service.db, companyId, username);
  const run = (principal: Principal, query: string, variables?: Record<string, unknown>) =>
    subgraph.query(principal, query, variables) as Promise<Answer>;
  const invite = (master: string, username: string, role: 'MASTER' | 'USER' = 'USER') =>
    run(as(master), Q.invite, { input: { username, email: `${username}@example.test`, displayName: `${username} New`, role } });
  const signIn = (username: string, password: string, companyId = ACME) =>
    run(edge, Q.verifyPassword, { input: { companyId, username, password } });
  const statusOf = async (master: string, id: string) =>
    ((await run(as(master), Q.users)).body.data?.companyUsers as { id: string; status: string }[]).find((user) => user.id === id)
      ?.status;
  /** The token of the newest link mailed to this address. */
  async function linkTokenMailedTo(email: string): Promise<string> {
    const message = (await testMail.outbox.listOutbox(500)).find((entry) => entry.to === email);
    const token = /#token=([A-Za-z0-9_-]+)/.exec(message?.text ?? '')?.[1];
    if (!token) throw new Error(`no link mailed to ${email}`);
    return token;
  }

  let root: { id: string; username: string };
  let master: { id: string; username: string };

  beforeAll(async () => {
    subgraph = await startSubgraphUnderTest((settings) => createIdentitySubgraph(settings, keys, testMail.mail));
    passwordHash = await hashPassword(PASSWORD);
    root = await addUser('ROOT_MASTER', ACME, 'root');
    master = await addUser('MASTER', ACME, 'morgan');
  });
  afterAll(async () => {
    await subgraph.stop();
    testMail.remove();
  });

  describe('who may act', () => {
    let plainUser: { id: string };
    let otherCompanyMaster: { id: string };
    let target: { id: string; username: string };
    let invited: string;

    beforeEach(async () => {
      plainUser = await addUser('USER');
      otherCompanyMaster = await addUser('MASTER', GLOBEX);
      target = await addUser('USER');
      const answer = await invite(master.id, `pending${++serial}`);
      invited = (answer.body.data?.inviteUser as { id: string }).id;
    });

    /** Every admin operation; those with a user id aim at users of Acme. */
    const operations = (): [string, string, Record<string, unknown>][] => [
      ['companyUsers', Q.users, {}],
      ['auditLog', Q.audit, {}],
      ['inviteUser', Q.invite, { input: { username: `x${++serial}`, email: 'x@example.test', displayName: 'X', role: 'MASTER' } }],
      ['resendInvitation', Q.resend, { id: invited }],
      ['revokeInvitation', Q.revoke, { id: invited }],
      ['resetUserPassword', Q.resetPassword, { id: target.id }],
      ['resetUserTwoFactor', Q.resetTwoFactor, { id: target.id }],
      ['deleteUser', Q.delete, { id: target.id }],
      ['changeUserRole', Q.role, { input: { userId: target.id, role: 'MASTER' } }],
      ['updatePasswordPolicy', Q.updatePolicy, { input: { minLength: 20 } }],
    ];

    it('refuses every admin operation to a plain user, and every action on an Acme user to a Master of another company, changing nothing', async () => {
      const mailBefore = (await testMail.outbox.listOutbox(1000)).length;
      // A Master of Globex lists, invites and sets the policy of Globex only (tested below); here they
      // try everything that names a user of Acme.
      const onAcmeUsers = new Set(['resendInvitation', 'revokeInvitation', 'resetUserPassword', 'resetUserTwoFactor', 'deleteUser', 'changeUserRole']);
      for (const [name, query, variables] of operations()) {
        const attempts: [string, Principal][] = [['plain user', as(plainUser.id)]];
        if (onAcmeUsers.has(name)) attempts.push(['Master of another company', as(otherCompanyMaster.id, GLOBEX)]);
        for (const [who, principal] of attempts) {
          const answer = await run(principal, query, variables);
          expect(codeOf(answer), `${name} as ${who}`).toBe('FORBIDDEN');
          expect(answer.body.data ?? null, `${name} as ${who}`).toBeNull();
        }
      }
      // Nothing happened to anyone: the target still signs in with their password and code, the
      // invitation still stands, the policy is the default, no email went out.
      expect((await signIn(target.username, PASSWORD)).body.data).toEqual({ verifyPassword: { secondFactor: 'TOTP' } });
      expect(await findUserById(subgraph.service.db, target.id)).toMatchObject({ role: 'USER' });
      expect(await statusOf(master.id, invited)).toBe('INVITED');
      expect((await run(as(master.id), Q.policy)).body.data).toEqual({ passwordPolicy: { minLength: 8, maxLength: 128 } });
      expect((await testMail.outbox.listOutbox(1000)).length).toBe(mailBefore);
    });

    it("shows a Master of another company only their own company's users, log and policy", async () => {
      const users = (await run(as(otherCompanyMaster.id, GLOBEX), Q.users)).body.data?.companyUsers as { id: string }[];
      expect(users.map((user) => user.id)).toContain(otherCompanyMaster.id);
      expect(users.map((user) => user.id)).not.toContain(target.id);
      await run(as(otherCompanyMaster.id, GLOBEX), Q.updatePolicy, { input: { minLength: 40 } });
      expect((await run(as(master.id), Q.policy)).body.data).toEqual({ passwordPolicy: { minLength: 8, maxLength: 128 } });
      await run(as(otherCompanyMaster.id, GLOBEX), Q.updatePolicy, { input: { minLength: 8 } });
      // An id of nobody answers like a user of another company, so ids reveal nothing about other companies.
      expect(codeOf(await run(as(otherCompanyMaster.id, GLOBEX), Q.delete, { id: 'no-such-user' }))).toBe('FORBIDDEN');
    });

    it('asks a visitor without a session to sign in', async () => {
      for (const [name, query, variables] of operations()) {
        expect(codeOf(await run({ scope: 'anonymous' }, query, variables)), name).toBe('UNAUTHENTICATED');
      }
    });

    it('allows every admin operation to a Master of the company', async () => {
      for (const [name, query, variables] of operations()) {
        if (name === 'deleteUser' || name === 'revokeInvitation') continue; // after the others, below
        const answer = await run(as(master.id), query, variables);
        expect(answer.body.errors, name).toBeUndefined();
      }
      expect((await run(as(master.id), Q.revoke, { id: invited })).body.data).toEqual({ revokeInvitation: invited });
      expect((await run(as(master.id), Q.delete, { id: target.id })).body.data).toEqual({ deleteUser: target.id });
      // The policy changed above; back to the default for the other tests.
      await run(as(master.id), Q.updatePolicy, { input: { minLength: 8 } });
    });

    it('reads the role afresh: a Master demoted a moment ago can no longer act', async () => {
      const other = await addUser('MASTER');
      expect((await run(as(other.id), Q.users)).body.errors).toBeUndefined();
      await run(as(master.id), Q.role, { input: { userId: other.id, role: 'USER' } });
      expect(codeOf(await run(as(other.id), Q.users))).toBe('FORBIDDEN');
    });
  });

  describe('invitations', () => {
    it('creates an invited user and emails a sign-up link that sets their first password', async () => {
      const answer = await invite(master.id, 'Taylor', 'MASTER');
      expect(answer.body.errors).toBeUndefined();
      const taylor = answer.body.data?.inviteUser as { id: string; role: string; status: string; email: string };
      expect(taylor).toMatchObject({ username: 'Taylor', role: 'MASTER', status: 'INVITED', displayName: 'Taylor New' });

      const message = (await testMail.outbox.listOutbox(1))[0];
      expect(message).toMatchObject({ to: 'Taylor@example.test', subject: 'Set up your Lanyard account for Acme MSP' });
      const token = await linkTokenMailedTo('Taylor@example.test');
      expect((await run(edge, Q.signUpInvitation, { token })).body.data).toEqual({
        signUpInvitation: { username: 'Taylor', passwordPolicy: { minLength: 8 } },
      });
      expect((await run(edge, Q.completeSignUp, { input: { token, password: NEW_PASSWORD } })).body.errors).toBeUndefined();
      expect(await statusOf(master.id, taylor.id)).toBe('TWO_FACTOR_NOT_SET_UP');
      expect((await signIn('taylor', NEW_PASSWORD)).body.data).toEqual({ verifyPassword: { secondFactor: 'ENROLMENT_REQUIRED' } });
    });

    it('refuses a username the company has in any case, and names each bad field', async () => {
      await invite(master.id, 'Avery');
      const again = await invite(master.id, 'AVERY');
      expect(codeOf(again)).toBe('USERNAME_TAKEN');
      const users = (await run(as(master.id), Q.users)).body.data?.companyUsers as { username: string }[];
      expect(users.filter((user) => user.username.toLowerCase() === 'avery')).toHaveLength(1);

      const bad = await run(as(master.id), Q.invite, {
        input: { username: 'has space', email: 'not-an-email', displayName: 'Line\nbreak', role: 'USER' },
      });
      expect(codeOf(bad)).toBe('VALIDATION_FAILED');
      expect(fieldPathsOf(bad)).toEqual(['input.username', 'input.email', 'input.displayName']);
      // The Root Master role is not for giving: the schema's AssignableRole has no such value.
      const root = await run(as(master.id), Q.invite, { input: { username: 'r2', email: 'r2@example.test', displayName: 'R', role: 'ROOT_MASTER' } });
      expect(codeOf(root)).toBe('VALIDATION_FAILED');
      expect(await findUserByUsernameIn(ACME, 'r2')).toBeUndefined();
    });

    it('resends a new link that replaces the old one, only while the invitation is pending', async () => {
      const id = ((await invite(master.id, 'Blair')).body.data?.inviteUser as { id: string }).id;
      const first = await linkTokenMailedTo('Blair@example.test');
      expect((await run(as(master.id), Q.resend, { id })).body.data).toEqual({ resendInvitation: { id, status: 'INVITED' } });
      const second = await linkTokenMailedTo('Blair@example.test');
      expect(second).not.toBe(first);
      expect(codeOf(await run(edge, Q.signUpInvitation, { token: first }))).toBe('SIGN_UP_LINK_INVALID');
      await run(edge, Q.completeSignUp, { input: { token: second, password: NEW_PASSWORD } });
      expect(codeOf(await run(as(master.id), Q.resend, { id }))).toBe('NOT_INVITED');
      expect(codeOf(await run(as(master.id), Q.revoke, { id }))).toBe('NOT_INVITED');
    });

    it('revokes a pending invitation: the user is gone and the link dead', async () => {
      const id = ((await invite(master.id, 'Casey2')).body.data?.inviteUser as { id: string }).id;
      const token = await linkTokenMailedTo('Casey2@example.test');
      expect((await run(as(master.id), Q.revoke, { id })).body.data).toEqual({ revokeInvitation: id });
      expect(await findUserById(subgraph.service.db, id)).toBeUndefined();
      expect(codeOf(await run(edge, Q.signUpInvitation, { token }))).toBe('SIGN_UP_LINK_INVALID');
    });
  });

  describe('credentials', () => {
    it("resets a password: the old one stops working at once, and the emailed link sets a new one", async () => {
      const user = await addUser('USER');
      const answer = await run(as(master.id), Q.resetPassword, { id: user.id });
      expect(answer.body.data).toEqual({ resetUserPassword: { id: user.id, status: 'PASSWORD_RESET_PENDING' } });
      expect(codeOf(await signIn(user.username, PASSWORD))).toBe('BAD_CREDENTIALS');

      const token = await linkTokenMailedTo(`${user.username}@example.test`);
      expect((await run(edge, Q.completeReset, { input: { token, password: NEW_PASSWORD } })).body.errors).toBeUndefined();
      expect((await signIn(user.username, NEW_PASSWORD)).body.data).toEqual({ verifyPassword: { secondFactor: 'TOTP' } });
      expect(await statusOf(master.id, user.id)).toBe('ACTIVE');
    });

    it('sends an invited user to their invitation instead of a password reset', async () => {
      const id = ((await invite(master.id, 'Drew')).body.data?.inviteUser as { id: string }).id;
      expect(codeOf(await run(as(master.id), Q.resetPassword, { id }))).toBe('INVITATION_PENDING');
    });

    it('resets two-factor: the next sign-in sets up a new authenticator', async () => {
      const user = await addUser('USER');
      const answer = await run(as(master.id), Q.resetTwoFactor, { id: user.id });
      expect(answer.body.data).toEqual({ resetUserTwoFactor: { id: user.id, status: 'TWO_FACTOR_NOT_SET_UP' } });
      expect((await signIn(user.username, PASSWORD)).body.data).toEqual({ verifyPassword: { secondFactor: 'ENROLMENT_REQUIRED' } });
    });
  });

  describe('roles and deletion', () => {
    it('makes a user a Master, who can then manage users, and back', async () => {
      const user = await addUser('USER');
      expect((await run(as(master.id), Q.role, { input: { userId: user.id, role: 'MASTER' } })).body.data).toEqual({
        changeUserRole: { id: user.id, role: 'MASTER' },
      });
      expect((await run(as(user.id), Q.users)).body.errors).toBeUndefined();
      await run(as(master.id), Q.role, { input: { userId: user.id, role: 'USER' } });
      expect(codeOf(await run(as(user.id), Q.users))).toBe('FORBIDDEN');
    });

    it('never deletes or demotes the Root Master', async () => {
      expect(codeOf(await run(as(master.id), Q.delete, { id: root.id }))).toBe('ROOT_MASTER_PROTECTED');
      expect(codeOf(await run(as(master.id), Q.role, { input: { userId: root.id, role: 'USER' } }))).toBe('ROOT_MASTER_PROTECTED');
      expect(await findUserById(subgraph.service.db, root.id)).toMatchObject({ role: 'ROOT_MASTER' });
    });

    it('deletes a user: they can no longer sign in; a Master cannot delete themselves', async () => {
      const user = await addUser('USER');
      expect((await run(as(root.id), Q.delete, { id: user.id })).body.data).toEqual({ deleteUser: user.id });
      expect(codeOf(await signIn(user.username, PASSWORD))).toBe('BAD_CREDENTIALS');
      expect(await findUserById(subgraph.service.db, user.id)).toBeUndefined();
      expect(codeOf(await run(as(master.id), Q.delete, { id: master.id }))).toBe('FORBIDDEN');
    });
  });

  it('records who did what to whom, newest first, for the company alone', async () => {
    const user = await addUser('USER');
    await run(as(master.id), Q.role, { input: { userId: user.id, role: 'MASTER' } });
    await run(as(root.id), Q.resetTwoFactor, { id: user.id });
    const log = (await run(as(root.id), Q.audit)).body.data?.auditLog as Record<string, string | null>[];
    expect(log.slice(0, 2)).toMatchObject([
      { action: 'TWO_FACTOR_RESET_BY_ADMIN', actorUsername: root.username, targetUsername: user.username },
      { action: 'ROLE_CHANGED', actorUsername: master.username, targetUsername: user.username, detail: 'USER → MASTER' },
    ]);
    expect(Date.parse(log[0]?.occurredAt ?? '')).toBeGreaterThan(Date.now() - 60_000);

    const globexMaster = await addUser('MASTER', GLOBEX);
    const globexLog = (await run(as(globexMaster.id, GLOBEX), Q.audit)).body.data?.auditLog as Record<string, string | null>[];
    expect(globexLog.filter((event) => event.targetUsername === user.username)).toEqual([]);
    expect(globexLog.map((event) => event.actorUsername)).not.toContain(root.username);
    expect(codeOf(await run(as(root.id), `{ auditLog(limit: 500) { action } }`))).toBe('VALIDATION_FAILED');
  });

  it("applies the company's password policy to the next password chosen, and records the change", async () => {
    const refused = await run(as(master.id), Q.updatePolicy, { input: { minLength: 7 } });
    expect(codeOf(refused)).toBe('VALIDATION_FAILED');
    expect(fieldPathsOf(refused)).toEqual(['input.minLength']);
    expect((await run(as(master.id), Q.updatePolicy, { input: { minLength: 30 } })).body.data).toEqual({
      updatePasswordPolicy: { minLength: 30, maxLength: 128 },
    });
    // Every user of the company reads it; the other company keeps the default.
    const plain = await addUser('USER');
    expect((await run(as(plain.id), Q.policy)).body.data).toEqual({ passwordPolicy: { minLength: 30, maxLength: 128 } });
    const globexUser = await addUser('USER', GLOBEX);
    expect((await run(as(globexUser.id, GLOBEX), Q.policy)).body.data).toEqual({ passwordPolicy: { minLength: 8, maxLength: 128 } });

    await invite(master.id, 'Emery');
    const token = await linkTokenMailedTo('Emery@example.test');
    expect((await run(edge, Q.signUpInvitation, { token })).body.data).toMatchObject({ signUpInvitation: { passwordPolicy: { minLength: 30 } } });
    const tooShort = await run(edge, Q.completeSignUp, { input: { token, password: NEW_PASSWORD } });
    expect(codeOf(tooShort)).toBe('VALIDATION_FAILED');
    const long = 'Correct horse 7 battery staple, longer!';
    expect((await run(edge, Q.completeSignUp, { input: { token, password: long } })).body.errors).toBeUndefined();

    const [latest] = (await run(as(master.id), Q.audit)).body.data?.auditLog as Record<string, string>[];
    expect(latest).toMatchObject({ action: 'USER_INVITED' });
    const log = (await run(as(master.id), `{ auditLog(limit: 200) { action detail } }`)).body.data?.auditLog as Record<string, string>[];
    expect(log).toContainEqual({ action: 'PASSWORD_POLICY_CHANGED', detail: 'minimum length 8 → 30' });
    await run(as(master.id), Q.updatePolicy, { input: { minLength: 8 } });
  });

  it("names the user whose sessions must end when their credentials change or their rights shrink, and only then", async () => {
    const endedBy = async (query: string, variables: Record<string, unknown>) =>
      (await run(as(master.id), query, variables)).headers.get('lanyard-end-sessions-of');
    const user = await addUser('USER');
    expect(await endedBy(Q.resetTwoFactor, { id: user.id })).toBe(user.id);
    expect(await endedBy(Q.resetPassword, { id: user.id })).toBe(user.id);
    expect(await endedBy(Q.role, { input: { userId: user.id, role: 'MASTER' } })).toBeNull();
    expect(await endedBy(Q.role, { input: { userId: user.id, role: 'USER' } })).toBe(user.id);
    expect(await endedBy(Q.users, {})).toBeNull();
    expect(await endedBy(Q.delete, { id: user.id })).toBe(user.id);
    // Refused actions end nothing.
    const plain = await addUser('USER');
    expect((await run(as(plain.id), Q.delete, { id: master.id })).headers.get('lanyard-end-sessions-of')).toBeNull();
  });

  it('shows a status to Masters and to the user themselves, to no one else', async () => {
    const plain = await addUser('USER');
    const other = await addUser('USER');
    const representations = { r: [{ __typename: 'User', id: plain.id }, { __typename: 'User', id: other.id }] };
    expect((await run(as(plain.id), Q.entities, representations)).body.data).toEqual({
      _entities: [
        { id: plain.id, status: 'ACTIVE' },
        { id: other.id, status: null },
      ],
    });
  });
});
