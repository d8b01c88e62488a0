import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraphUnderTest } from '@lanyard/core/testing/serviceUnderTest';
import { hashPassword } from './domain/passwordHashing.ts';
import { insertUserIfAbsent } from './db/userStore.ts';
import { createTestMail } from './mail/testMail.ts';
import { createIdentitySubgraph } from './service.ts';
import { generateRecoveryCodeKey } from './domain/recoveryCodes.ts';
import { generateSecretBoxKey } from './domain/secretBox.ts';

/** Keys made for the test, as production would hold them in TOTP_ENCRYPTION_KEY and RECOVERY_CODE_KEY. */
const testIdentityKeys = { totpEncryptionKey: generateSecretBoxKey(), recoveryCodeKey: generateRecoveryCodeKey() };

const companyId = 'company-1';
const otherCompanyId = 'company-2';
const verify = `mutation ($input: VerifyPasswordInput!) { verifyPassword(input: $input) { userId companyId secondFactor } }`;

describe('identity subgraph', () => {
  let subgraph: Awaited<ReturnType<typeof startSubgraphUnderTest<Awaited<ReturnType<typeof createIdentitySubgraph>>>>>;
  const testMail = createTestMail();

  beforeAll(async () => {
    subgraph = await startSubgraphUnderTest((settings) => createIdentitySubgraph(settings, testIdentityKeys, testMail.mail));
    const base = { email: 'x@example.test', displayName: 'X', createdAt: new Date() };
    await insertUserIfAbsent(subgraph.service.db, {
      ...base,
      id: 'user-1',
      companyId,
      username: 'Casey',
      usernameNormalized: 'casey',
      displayName: 'Casey User',
      passwordHash: await hashPassword('Right-password-1'),
    });
    await insertUserIfAbsent(subgraph.service.db, {
      ...base,
      id: 'user-invited',
      companyId,
      username: 'newbie',
      usernameNormalized: 'newbie',
      passwordHash: null,
    });
    await insertUserIfAbsent(subgraph.service.db, {
      ...base,
      id: 'user-elsewhere',
      companyId: otherCompanyId,
      username: 'casey',
      usernameNormalized: 'casey',
      passwordHash: await hashPassword('Other-password-1'),
    });
  });
  afterAll(async () => {
    await subgraph.stop();
    testMail.remove();
  });

  it('answers `me` for a session and null without one', async () => {
    const signedIn = await subgraph.query({ scope: 'session', userId: 'user-1', companyId, companyName: 'Acme MSP', role: 'USER' as const }, '{ me { id username displayName } }');
    expect(signedIn.body).toEqual({ data: { me: { id: 'user-1', username: 'Casey', displayName: 'Casey User' } } });
    const anonymous = await subgraph.query({ scope: 'anonymous' }, '{ me { id } }');
    expect(anonymous.body).toEqual({ data: { me: null } });
  });

  it('verifies a password for the edge, matching the username case-insensitively within the company', async () => {
    const answer = await subgraph.query({ scope: 'edge' }, verify, {
      input: { companyId, username: 'CASEY', password: 'Right-password-1' },
    });
    expect(answer.body.data).toEqual({
      verifyPassword: { userId: 'user-1', companyId, secondFactor: 'ENROLMENT_REQUIRED' },
    });
  });

  it('answers BAD_CREDENTIALS alike for a wrong password, an unknown user, an unknown company and an invited user', async () => {
    const attempts = [
      { companyId, username: 'casey', password: 'Wrong-password-1' },
      { companyId, username: 'nobody', password: 'Right-password-1' },
      { companyId: null, username: 'casey', password: 'Right-password-1' },
      { companyId, username: 'newbie', password: '' },
      { companyId: otherCompanyId, username: 'casey', password: 'Right-password-1' },
    ];
    for (const input of attempts) {
      const answer = await subgraph.query({ scope: 'edge' }, verify, { input });
      expect(answer.body.data).toBeNull();
      expect(answer.body.errors).toEqual([
        expect.objectContaining({
          message: 'The username, company name or password is incorrect.',
          extensions: { code: 'BAD_CREDENTIALS' },
        }),
      ]);
    }
  });

  it('gives the edge a user by id for its OIDC endpoints, null for a deleted one, and no one else', async () => {
    const query = `query ($id: ID!) { userForEdge(id: $id) { id username email displayName } }`;
    expect((await subgraph.query({ scope: 'edge' }, query, { id: 'user-1' })).body.data).toMatchObject({ userForEdge: { id: 'user-1' } });
    expect((await subgraph.query({ scope: 'edge' }, query, { id: 'nobody' })).body.data).toEqual({ userForEdge: null });
    const session = { scope: 'session' as const, userId: 'user-1', companyId, companyName: 'Acme MSP', role: 'MASTER' as const };
    expect((await subgraph.query(session, query, { id: 'user-1' })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets only the edge verify passwords, never a browser session or an anonymous caller', async () => {
    for (const principal of [{ scope: 'anonymous' as const }, { scope: 'session' as const, userId: 'user-1', companyId, companyName: 'Acme MSP', role: 'USER' as const }]) {
      const answer = await subgraph.query(principal, verify, {
        input: { companyId, username: 'casey', password: 'Right-password-1' },
      });
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('never shows a user of another company through an entity reference', async () => {
    const entities = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on User { id username } } }`;
    const answer = await subgraph.query({ scope: 'session', userId: 'user-1', companyId, companyName: 'Acme MSP', role: 'USER' as const }, entities, {
      r: [{ __typename: 'User', id: 'user-1' }, { __typename: 'User', id: 'user-elsewhere' }],
    });
    expect(answer.body.data).toEqual({ _entities: [{ id: 'user-1', username: 'Casey' }, null] });
  });

  it('refuses requests without a valid internal token with 401 and a GraphQL error', async () => {
    const missing = await subgraph.post(JSON.stringify({ query: '{ me { id } }' }), {});
    expect(missing.status).toBe(401);
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('INTERNAL_TOKEN_INVALID');
    const forged = await subgraph.post(JSON.stringify({ query: '{ me { id } }' }), {
      authorization: 'Bearer eyJhbGciOiJFZERTQSJ9.eyJzY29wZSI6ImVkZ2UifQ.c2lnbmF0dXJl',
    });
    expect(forged.status).toBe(401);
  });

  it('answers malformed JSON and unparsable GraphQL with 400 and a GraphQL error body', async () => {
    const authorization = `Bearer ${await subgraph.tokenFor({ scope: 'anonymous' })}`;
    const malformed = await subgraph.post('{"query": ', { authorization });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    const unparsable = await subgraph.post(JSON.stringify({ query: '{ me { ' }), { authorization });
    expect(unparsable.status).toBe(400);
    expect(unparsable.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});
