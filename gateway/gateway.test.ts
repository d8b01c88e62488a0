import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importInternalSigningKey, signInternalToken, type Principal } from '@lanyard/core/internalToken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCompany, demoUsers } from '../scripts/demoData.ts';
import { startStack, type Stack } from '../scripts/stack.ts';

const meQuery = '{ me { username company { name } role modules { moduleName instanceName } } }';

describe('gateway over the real subgraphs', () => {
  let stack: Stack;
  let dataDir: string;
  let sign: (principal: Principal) => Promise<string>;
  const casey = demoUsers.find((user) => user.username === 'casey')!;
  const session: Principal = { scope: 'session', userId: casey.id, companyId: demoCompany.id , companyName: 'Acme MSP', role: 'USER' };

  async function post(body: string, token?: string) {
    const response = await fetch(`${stack.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
    return { status: response.status, headers: response.headers, text: await response.text() };
  }
  const query = async (text: string, principal: Principal = session) =>
    post(JSON.stringify({ query: text }), await sign(principal));

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lanyard-gateway-'));
    stack = await startStack({ dataDir, withEdge: false });
    const key = await importInternalSigningKey(stack.secrets.internalTokenPrivateJwk);
    sign = (principal) => signInternalToken(key, { principal, requestId: 'gateway-test' });
  });
  afterAll(async () => {
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers `me` with fields from all three subgraphs', async () => {
    const answer = await query(meQuery);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({
      data: {
        me: {
          username: 'casey',
          company: { name: 'Acme MSP' },
          role: 'USER',
          modules: [
            { moduleName: 'BMS', instanceName: 'Acme EU' },
            { moduleName: 'Documentation', instanceName: 'Acme Docs' },
          ],
        },
      },
    });
  });

  it("passes on a subgraph's word that a user's sessions must end, for the edge to act on", async () => {
    const morgan = demoUsers.find((user) => user.username === 'morgan')!;
    const root = demoUsers.find((user) => user.username === 'root')!;
    const asMorgan: Principal = { scope: 'session', userId: morgan.id, companyId: demoCompany.id, companyName: 'Acme MSP', role: 'USER' };
    // Resetting root's second factor as morgan (a Master): root's sessions end.
    const reset = await query(`mutation { resetUserTwoFactor(userId: "${root.id}") { status } }`, asMorgan);
    expect(JSON.parse(reset.text)).toEqual({ data: { resetUserTwoFactor: { status: 'TWO_FACTOR_NOT_SET_UP' } } });
    expect(reset.headers.get('lanyard-end-sessions-of')).toBe(root.id);
    // A query that changes nothing names no one.
    expect((await query(meQuery)).headers.get('lanyard-end-sessions-of')).toBeNull();
  });

  it("names the Master behind each change of the company's security settings, from identity", async () => {
    const morgan = demoUsers.find((user) => user.username === 'morgan')!;
    const asMorgan: Principal = { scope: 'session', userId: morgan.id, companyId: demoCompany.id, companyName: 'Acme MSP', role: 'MASTER' };
    const input = 'lockoutThreshold: 4, lockoutDurationMinutes: 15, sessionIdleTimeoutMinutes: 30, sessionLifetimeMinutes: 720';
    const update = await query(`mutation { updateSecuritySettings(input: { ${input} }) { lockoutThreshold } }`, asMorgan);
    expect(update.headers.get('lanyard-settings-changed-of')).toBe(demoCompany.id);
    const log = JSON.parse((await query('{ securityAuditLog { action detail actor { username } } }', asMorgan)).text);
    expect(log.data.securityAuditLog[0]).toEqual({
      action: 'SECURITY_SETTINGS_CHANGED',
      detail: 'failed attempts before lockout 5 → 4',
      actor: { username: 'morgan' },
    });
  });

  it('verifies no password for a browser, however many attempts one request packs in aliases', async () => {
    const attempts = Array.from(
      { length: 20 },
      (_, i) => `a${i}: verifyPassword(input: { companyId: "${demoCompany.id}", username: "root", password: "guess-${i}" }) { userId }`,
    );
    for (const principal of [{ scope: 'anonymous' } as const, session]) {
      const answer = JSON.parse((await query(`mutation { ${attempts.join(' ')} }`, principal)).text) as {
        data: unknown;
        errors: { extensions: { code: string } }[];
      };
      // Refused before identity looks at any password (mutations run one after another, and the first
      // refusal ends the request): sign-in runs only through the edge's /auth/sign-in, one attempt per
      // request, counted by the lockout.
      expect(new Set(answer.errors.map((error) => error.extensions.code))).toEqual(new Set(['FORBIDDEN']));
      expect(answer.data).toBeNull();
    }
  });

  it('opens to each user the modules of their active groups: a user in no group sees none', async () => {
    const jordan = demoUsers.find((user) => user.username === 'jordan')!;
    const asJordan: Principal = { scope: 'session', userId: jordan.id, companyId: demoCompany.id, companyName: 'Acme MSP', role: 'USER' };
    expect(JSON.parse((await query('{ me { username modules { instanceName } } }', asJordan)).text)).toEqual({
      data: { me: { username: 'jordan', modules: [] } },
    });
  });

  it('refuses requests without the edge token, at the gateway and at every subgraph', async () => {
    const body = JSON.stringify({ query: meQuery });
    for (const url of [`${stack.gatewayUrl}/graphql`, ...Object.values(stack.subgraphUrls)]) {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        errors: [
          {
            message: 'This service answers only requests forwarded by the Lanyard edge.',
            extensions: { code: 'INTERNAL_TOKEN_INVALID' },
          },
        ],
      });
    }
  });

  it('refuses a query deeper than 10 levels with QUERY_TOO_DEEP before planning it', async () => {
    // Introspection types nest as deep as one likes, which makes them the classic deep query.
    const typeChain = (ofTypes: number) => `type { ${'ofType { '.repeat(ofTypes)}name${' }'.repeat(ofTypes)} }`;
    const atLimit = `{ __schema { types { fields { ${typeChain(5)} } } } }`;
    const overLimit = `{ __schema { types { fields { ${typeChain(6)} } } } }`;
    expect((await query(atLimit)).status).toBe(200);
    const answer = await query(overLimit);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text).errors).toEqual([
      expect.objectContaining({
        message: 'The query is nested 11 levels deep; the limit is 10.',
        extensions: { code: 'QUERY_TOO_DEEP' },
      }),
    ]);
  });

  it('answers malformed JSON and an unknown route in GraphQL error form', async () => {
    const malformed = await post('{"query":', await sign(session));
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.text).errors[0].extensions.code).toBe('BAD_REQUEST');
    const unknown = await fetch(`${stack.gatewayUrl}/nowhere`);
    expect(unknown.status).toBe(404);
  });

  it('reports every subgraph healthy', async () => {
    const response = await fetch(`${stack.gatewayUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      parts: { gateway: 'ok', identity: 'ok', tenancy: 'ok', modules: 'ok' },
    });
  });

  // Stops a subgraph, so it runs last.
  it('keeps answering when a subgraph is down, with SERVICE_UNAVAILABLE naming no internals', async () => {
    await stack.stopService('modules');
    const answer = await query(meQuery);
    const body = JSON.parse(answer.text);
    expect(body.data.me).toEqual({ username: 'casey', company: { name: 'Acme MSP' }, role: 'USER', modules: null });
    expect(body.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'SERVICE_UNAVAILABLE' } }),
    ]);
    const modulesPort = new URL(stack.subgraphUrls.modules).port;
    expect(JSON.stringify(body.errors)).not.toMatch(new RegExp(`modules|127\\.0\\.0\\.1|${modulesPort}|ECONNREFUSED`, 'i'));

    const health = await fetch(`${stack.gatewayUrl}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'degraded', parts: { modules: 'unreachable', identity: 'ok' } });
  });
});
