import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_COMPANY_SECURITY, type CompanySecurity } from '@lanyard/core/securitySettings';
import { startEdge, type RunningEdge } from '../../scripts/startEdge.ts';
import type { SessionObjectStub } from '../sessions/sessionObject.ts';
import type { AttemptCounterObjectStub } from '../signInLimits/attemptCounterObject.ts';
import { accountCounterName } from '../signInLimits/signInGuard.ts';
import { startFakeGateway, type FakeGateway, type GraphQLResponder } from './fakeGateway.ts';

/**
 * The edge's defences in workerd, in front of a stand-in gateway: the exact lockout (Durable Object per
 * account) with its admin side, the spraying limit per client network, the IP access list at sign-in
 * and on every request of a session, the session settings and a user's own list of sessions. Each
 * company's settings come from the stand-in's securitySettingsForEdge; users named boss… are Masters.
 */

const SESSION_COOKIE = '__Host-lanyard_session';
const PENDING_COOKIE = '__Host-lanyard_pending';
const NETWORK_LIMIT = 12;
const OFFICE = '192.0.2.10';

let edge: RunningEdge;
let gateway: FakeGateway;
let assetsDirectory: string;

/** Identity and tenancy as the edge asks them: company "Acme" (company-1), users per company name. */
const identity: GraphQLResponder = ({ query, variables }) => {
  const input = (variables.input ?? {}) as Record<string, unknown>;
  if (query.includes('companyForSignIn')) {
    const known = String(variables.name).toLowerCase();
    const company = known === 'acme' ? { id: 'company-1', name: 'Acme' } : known === 'globex' ? { id: 'company-2', name: 'Globex' } : null;
    return { status: 200, body: { data: { companyForSignIn: company } } };
  }
  if (query.includes('verifyPassword')) {
    if (input.companyId && input.password === 'correct horse') {
      const role = String(input.username).startsWith('boss') ? 'MASTER' : 'USER';
      const user = { userId: `${String(input.companyId)}-${String(input.username)}`, companyId: input.companyId, role, secondFactor: 'TOTP' };
      return { status: 200, body: { data: { verifyPassword: user } } };
    }
    return { status: 200, body: { errors: [{ message: 'no', extensions: { code: 'BAD_CREDENTIALS' } }] } };
  }
  if (query.includes('verifySecondFactor')) {
    if (input.code === '123456') return { status: 200, body: { data: { verifySecondFactor: { method: 'TOTP', recoveryCodesRemaining: null } } } };
    return { status: 200, body: { errors: [{ message: 'no', extensions: { code: 'BAD_SECOND_FACTOR' } }] } };
  }
  if (query.includes('me')) return { status: 200, body: { data: { me: { id: 'someone' } } } };
  return { status: 200, body: { data: null } };
};

function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${edge.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'cf-connecting-ip': OFFICE, ...headers },
    body: JSON.stringify(body),
  });
}

const signIn = (username: string, password: string, headers: Record<string, string> = {}, companyName = 'Acme') =>
  post('/auth/sign-in', { username, companyName, password }, headers);

function cookiePair(response: Response, name: string): string {
  for (const header of response.headers.getSetCookie()) {
    const pair = header.split(';', 1)[0] ?? '';
    if (pair.startsWith(`${name}=`) && pair.length > name.length + 1) return pair;
  }
  throw new Error(`no ${name} cookie set`);
}

async function errorOf(response: Response): Promise<Record<string, unknown>> {
  return ((await response.json()) as { error: Record<string, unknown> }).error;
}

const verifications = () => gateway.received.filter((request) => request.body.includes('verifyPassword')).length;
const withList = (list: Partial<CompanySecurity['ipAccessList']>): CompanySecurity => ({
  ...DEFAULT_COMPANY_SECURITY,
  ipAccessList: { enabled: true, mode: 'ENFORCE', entries: [{ range: '192.0.2.0/24', label: 'Head office' }], ...list },
});

/** A whole sign-in of a user of company-1 from `address`; answers the session cookie pair. */
async function signedIn(username: string, address = OFFICE): Promise<string> {
  const password = await signIn(username, 'correct horse', { 'cf-connecting-ip': address });
  expect(password.status).toBe(200);
  const second = await post('/auth/second-factor', { code: '123456' }, { cookie: cookiePair(password, PENDING_COOKIE), 'cf-connecting-ip': address });
  expect(second.status).toBe(200);
  return cookiePair(second, SESSION_COOKIE);
}

const get = (path: string, cookie: string) => fetch(`${edge.url}${path}`, { headers: { cookie, 'cf-connecting-ip': OFFICE } });
const me = (cookie: string, address = OFFICE) => post('/graphql', { query: '{ me { id } }' }, { cookie, 'cf-connecting-ip': address });

/**
 * Sets what tenancy answers for company-1 and tells the edge it changed, as tenancy's answer to an
 * admin's change does (with the cookie of a session, or none).
 */
async function changeCompanySecurity(security: CompanySecurity, cookie?: string): Promise<void> {
  gateway.companySecurity['company-1'] = security;
  const previous = gateway.respondToGraphQL;
  gateway.respondToGraphQL = () => ({ status: 200, headers: { 'lanyard-settings-changed-of': 'company-1' }, body: { data: { ok: true } } });
  await post('/graphql', { query: 'mutation { updateIpAccessList }' }, cookie ? { cookie } : {});
  gateway.respondToGraphQL = previous;
}

beforeAll(async () => {
  const keys = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  gateway = await startFakeGateway();
  assetsDirectory = await mkdtemp(join(tmpdir(), 'lanyard-edge-assets-'));
  await writeFile(join(assetsDirectory, 'index.html'), '<!doctype html><title>Lanyard</title>');
  edge = await startEdge({
    port: 0,
    gatewayUrl: gateway.url,
    internalTokenPrivateJwk: JSON.stringify(await exportJWK(keys.privateKey)),
    sessionSecret: 'test-session-secret-that-is-long-enough-0123456789',
    assetsDirectory,
    vars: { SIGN_IN_FAILURES_PER_NETWORK: String(NETWORK_LIMIT) },
  });
});

afterAll(async () => {
  await edge?.stop();
  await gateway?.close();
  if (assetsDirectory) await rm(assetsDirectory, { recursive: true, force: true });
});

beforeEach(async () => {
  gateway.received.length = 0;
  gateway.respondToGraphQL = identity;
  gateway.companySecurity = {};
  // Every test starts from the defaults, at the edge too.
  await changeCompanySecurity(DEFAULT_COMPANY_SECURITY);
  gateway.received.length = 0;
  gateway.ipAccessEvents.length = 0;
});

let network = 0;
/** A fresh client network, so that the spraying limit of one test never touches another. */
const freshAddress = () => `10.${Math.floor(++network / 250)}.${network % 250}.1`;
/** Headers of a request from a network never seen before: for attacks spread over many networks. */
const anywhere = () => ({ 'cf-connecting-ip': freshAddress() });

describe('account lockout', () => {
  it('lets exactly 5 of 50 concurrent wrong passwords reach identity, refuses the rest and then the right one', async () => {
    // From 50 networks at once, so that only the account's own lockout decides.
    const answers = await Promise.all(Array.from({ length: 50 }, () => signIn('storm', 'wrong', anywhere())));
    const codes = await Promise.all(answers.map(async (answer) => (await errorOf(answer)).code));
    expect(verifications()).toBe(5);
    expect(codes.filter((code) => code === 'BAD_CREDENTIALS')).toHaveLength(5);
    expect(codes.filter((code) => code === 'ACCOUNT_LOCKED')).toHaveLength(45);

    const right = await signIn('storm', 'correct horse', anywhere());
    expect(right.status).toBe(423);
    const error = await errorOf(right);
    expect(error).toMatchObject({ code: 'ACCOUNT_LOCKED', message: 'Too many wrong attempts. Wait 15 minutes, then sign in again.' });
    expect(error.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(right.headers.get('retry-after')).toBe(String(error.retryAfterSeconds));
    expect(verifications()).toBe(5);
  });

  it('locks a name that exists nowhere exactly like a real one, so the lock reveals nothing', async () => {
    const address = { 'cf-connecting-ip': freshAddress() };
    for (let i = 0; i < 5; i += 1) await signIn('nobody', 'wrong', address, 'No Such Company');
    const locked = await errorOf(await signIn('nobody', 'wrong', address, 'No Such Company'));
    expect(locked).toMatchObject({ code: 'ACCOUNT_LOCKED', message: 'Too many wrong attempts. Wait 15 minutes, then sign in again.' });
  });

  it("uses the company's own threshold and duration", async () => {
    gateway.companySecurity['company-2'] = { ...DEFAULT_COMPANY_SECURITY, lockoutThreshold: 3, lockoutDurationMinutes: 90 };
    const address = { 'cf-connecting-ip': freshAddress() };
    for (let i = 0; i < 3; i += 1) await signIn('dana', 'wrong', address, 'Globex');
    const locked = await errorOf(await signIn('dana', 'correct horse', address, 'Globex'));
    expect(locked).toMatchObject({ code: 'ACCOUNT_LOCKED', message: 'Too many wrong attempts. Wait 90 minutes, then sign in again.' });
  });

  it('counts wrong second-factor codes against the same account; a whole sign-in clears the count', async () => {
    const password = await signIn('erin', 'correct horse', anywhere());
    const pending = cookiePair(password, PENDING_COOKIE);
    const code = (value: string) => post('/auth/second-factor', { code: value }, { cookie: pending, ...anywhere() });
    for (let i = 0; i < 4; i += 1) expect((await errorOf(await code('000000'))).code).toBe('BAD_SECOND_FACTOR');
    // The right password does not reset the count of wrong codes; the fifth wrong code locks.
    expect((await signIn('erin', 'correct horse', anywhere())).status).toBe(200);
    expect((await errorOf(await code('000000'))).code).toBe('BAD_SECOND_FACTOR');
    expect((await errorOf(await code('123456'))).code).toBe('ACCOUNT_LOCKED');

    // Another account: four wrong passwords, then a whole sign-in, then four more are allowed again.
    for (let i = 0; i < 4; i += 1) await signIn('finn', 'wrong', anywhere());
    await signedIn('finn', freshAddress());
    for (let i = 0; i < 4; i += 1) expect((await errorOf(await signIn('finn', 'wrong', anywhere()))).code).toBe('BAD_CREDENTIALS');
  });

  it('is still locked one second before the duration ends and open at the end, by the clock given to the counter', async () => {
    const counter = await edge.durableObject<AttemptCounterObjectStub>('ATTEMPT_COUNTERS', accountCounterName('Acme', 'gale'));
    const policy = { limit: 5, blockMs: 15 * 60_000 };
    const start = Date.now();
    for (let i = 0; i < 5; i += 1) {
      expect(await counter.reserve(policy, `guess-${i}`, start)).toEqual({ granted: true });
      await counter.settle(policy, `guess-${i}`, 'FAILED', start);
    }
    expect(await counter.reserve(policy, 'early', start + policy.blockMs - 1000)).toEqual({ granted: false, retryAfterSeconds: 1 });
    expect(await counter.reserve(policy, 'on-time', start + policy.blockMs)).toEqual({ granted: true });
  });
});

describe('spraying limit per client network', () => {
  it('refuses a network after its failures across accounts, with a retry time, and no other network', async () => {
    const address = { 'cf-connecting-ip': freshAddress() };
    for (let i = 0; i < NETWORK_LIMIT; i += 1) {
      expect((await errorOf(await signIn(`sprayed-${i}`, 'wrong', address))).code).toBe('BAD_CREDENTIALS');
    }
    const refused = await signIn('sprayed-next', 'correct horse', address);
    expect(refused.status).toBe(429);
    const error = await errorOf(refused);
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.retryAfterSeconds).toBeGreaterThan(9 * 60);
    expect((await signIn('sprayed-next', 'correct horse', { 'cf-connecting-ip': freshAddress() })).status).toBe(200);
  });

  it('counts an IPv6 /64 as one network', async () => {
    for (let i = 0; i < NETWORK_LIMIT; i += 1) await signIn(`six-${i}`, 'wrong', { 'cf-connecting-ip': `2001:db8:1:2::${i + 1}` });
    expect((await signIn('six-next', 'wrong', { 'cf-connecting-ip': '2001:db8:1:2:ffff::1' })).status).toBe(429);
    expect((await signIn('six-next', 'wrong', { 'cf-connecting-ip': '2001:db8:1:3::1' })).status).toBe(401);
  });
});

describe('IP access list', () => {
  it('refuses sign-in from outside the list, naming the address, and records it; admits the listed range', async () => {
    await changeCompanySecurity(withList({}));
    const outside = await signIn('hana', 'correct horse', { 'cf-connecting-ip': '203.0.113.5' });
    expect(outside.status).toBe(403);
    expect(await errorOf(outside)).toEqual({
      code: 'IP_NOT_ALLOWED',
      clientAddress: '203.0.113.5',
      message: 'Your company allows sign-in only from listed addresses; ask your administrator to add 203.0.113.5.',
    });
    expect(verifications()).toBe(0);
    expect(gateway.ipAccessEvents).toContainEqual({ companyId: 'company-1', clientAddress: '203.0.113.5', outcome: 'REFUSED', stage: 'SIGN_IN', subject: 'hana' });
    expect((await signIn('hana', 'correct horse', { 'cf-connecting-ip': '192.0.2.77' })).status).toBe(200);
    expect((await signIn('hana', 'correct horse', { 'cf-connecting-ip': '::ffff:192.0.2.78' })).status).toBe(200);
  });

  it('matches IPv4, IPv6, IPv4-mapped addresses and ranges of any prefix in the worker', async () => {
    const entries = [
      { range: '203.0.113.7/32', label: 'one IPv4 address' },
      { range: '198.18.0.0/15', label: 'IPv4 range' },
      { range: '2001:db8::1/128', label: 'one IPv6 address' },
      { range: '2001:db8:aa00::/40', label: 'IPv6 range' },
    ];
    const cases: [string, number][] = [
      ['203.0.113.7', 200],
      ['203.0.113.8', 403],
      ['198.19.255.255', 200],
      ['198.20.0.0', 403],
      ['::ffff:198.18.0.1', 200],
      ['::ffff:203.0.113.9', 403],
      ['2001:db8::1', 200],
      ['2001:db8::2', 403],
      ['2001:db8:aaff:ffff::1', 200],
      ['2001:db8:ab00::1', 403],
    ];
    await changeCompanySecurity(withList({ entries }));
    for (const [address, status] of cases) {
      expect((await signIn(`matrix-${address}`, 'correct horse', { 'cf-connecting-ip': address })).status, address).toBe(status);
    }
    // /0 admits every address of its family, and only of its family.
    await changeCompanySecurity(withList({ entries: [{ range: '0.0.0.0/0', label: 'all IPv4' }] }));
    expect((await signIn('zero-a', 'correct horse', { 'cf-connecting-ip': '192.0.2.200' })).status).toBe(200);
    expect((await signIn('zero-b', 'correct horse', { 'cf-connecting-ip': '2001:db8::5' })).status).toBe(403);
    await changeCompanySecurity(withList({ entries: [{ range: '::/0', label: 'all IPv6' }] }));
    expect((await signIn('zero-c', 'correct horse', { 'cf-connecting-ip': '2001:db8::5' })).status).toBe(200);
  });

  it('takes the address from CF-Connecting-IP only, never from X-Forwarded-For', async () => {
    await changeCompanySecurity(withList({}));
    const spoofed = await signIn('ivan', 'correct horse', { 'cf-connecting-ip': '203.0.113.6', 'x-forwarded-for': OFFICE, 'x-real-ip': OFFICE });
    expect(spoofed.status).toBe(403);
  });

  it('lets everyone through in monitor mode and records who it would have refused', async () => {
    await changeCompanySecurity(withList({ mode: 'MONITOR' }));
    expect((await signIn('jo', 'correct horse', { 'cf-connecting-ip': '203.0.113.7' })).status).toBe(200);
    expect(gateway.ipAccessEvents).toContainEqual({ companyId: 'company-1', clientAddress: '203.0.113.7', outcome: 'MONITORED', stage: 'SIGN_IN', subject: 'jo' });
  });

  it("applies a changed list to an existing session's very next request once tenancy says it changed", async () => {
    const session = await signedIn('kim', '203.0.113.8');
    expect((await me(session, '203.0.113.8')).status).toBe(200);
    await changeCompanySecurity(withList({}), session);
    const refused = await me(session, '203.0.113.8');
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'IP_NOT_ALLOWED', clientAddress: '203.0.113.8' } }] });
    expect(gateway.ipAccessEvents).toContainEqual(expect.objectContaining({ outcome: 'REFUSED', stage: 'SESSION' }));
    // From a listed address the same session goes on.
    expect((await me(session, OFFICE)).status).toBe(200);
  });

  it('applies a changed list within seconds even when no notice reached this edge', async () => {
    const session = await signedIn('lou', '203.0.113.9');
    expect((await me(session, '203.0.113.9')).status).toBe(200);
    gateway.companySecurity['company-1'] = withList({});
    // The change reaches the company's object (an edge elsewhere carried the notice); this isolate's
    // own copy expires within two seconds.
    const companyObject = await edge.durableObject<{ invalidate(): Promise<void> }>('COMPANY_SECURITY', 'company-1');
    await companyObject.invalidate();
    const deadline = Date.now() + 5000;
    let status = 200;
    while (status === 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      status = (await me(session, '203.0.113.9')).status;
    }
    expect(status).toBe(403);
  });
});

describe('session settings', () => {
  it('ends a session after the idle timeout, by the clock given to its object', async () => {
    const session = await signedIn('nell');
    const [listed] = ((await (await get('/auth/sessions', session)).json()) as { sessions: { id: string }[] }).sessions;
    const object = await edge.durableObject<SessionObjectStub>('SESSIONS', listed?.id ?? '');
    const now = Date.now();
    expect(await object.resume(now + 29 * 60_000)).not.toBeNull();
    // Thirty minutes after that activity, with no request in between: over, and gone for good.
    expect(await object.resume(now + 29 * 60_000 + 30 * 60_000)).toBeNull();
    expect((await me(session)).headers.getSetCookie().some((cookie) => cookie.startsWith(`${SESSION_COOKIE}=;`))).toBe(true);
  });

  it("ends a session that the company's shortened lifetime has outlived", async () => {
    const session = await signedIn('mo');
    expect((await me(session)).status).toBe(200);
    // A lifetime shorter than the session's age (a minute is the shortest an admin can choose; zero
    // stands for "already outlived" here) ends it at its next request.
    await changeCompanySecurity({ ...DEFAULT_COMPANY_SECURITY, sessionLifetimeMinutes: 0 }, session);
    const after = await me(session);
    expect(after.headers.getSetCookie().some((cookie) => cookie.startsWith(`${SESSION_COOKIE}=;`))).toBe(true);
    // Ended, not only refused once: back to the defaults, the session stays gone.
    await changeCompanySecurity(DEFAULT_COMPANY_SECURITY, session);
    expect((await me(session)).headers.getSetCookie().some((cookie) => cookie.startsWith(`${SESSION_COOKIE}=;`))).toBe(true);
  });
});


describe('locked accounts, for Masters', () => {
  it('lists the accounts of the company locked now, and unlocks one at once', async () => {
    for (let i = 0; i < 5; i += 1) await signIn('Nina', 'wrong', anywhere());
    expect((await errorOf(await signIn('nina', 'correct horse', anywhere()))).code).toBe('ACCOUNT_LOCKED');
    const boss = await signedIn('boss1', freshAddress());
    const listed = (await (await get('/admin/lockouts', boss)).json()) as { lockouts: { username: string; lockedUntil: string }[] };
    const nina = listed.lockouts.find((account) => account.username === 'nina');
    expect(Date.parse(nina?.lockedUntil ?? '')).toBeGreaterThan(Date.now() + 14 * 60_000);

    expect((await post('/admin/lockouts/unlock', { username: 'NINA' }, { cookie: boss })).status).toBe(204);
    expect((await signIn('nina', 'correct horse', anywhere())).status).toBe(200);
    const after = (await (await get('/admin/lockouts', boss)).json()) as { lockouts: { username: string }[] };
    expect(after.lockouts.map((account) => account.username)).not.toContain('nina');
  });

  it('refuses a plain user and a visitor without a session', async () => {
    const user = await signedIn('olga', freshAddress());
    expect((await get('/admin/lockouts', user)).status).toBe(403);
    expect((await post('/admin/lockouts/unlock', { username: 'nina' }, { cookie: user })).status).toBe(403);
    expect((await get('/admin/lockouts', '')).status).toBe(401);
  });
});

describe("a user's own sessions", () => {
  it('lists them with this device marked, and signs one out from another', async () => {
    const laptop = await signedIn('pat', '192.0.2.21');
    const phone = await signedIn('pat', '192.0.2.22');
    const listed = (await (await get('/auth/sessions', laptop)).json()) as {
      sessions: { id: string; current: boolean; clientAddress: string; signedInAt: string }[];
    };
    expect(listed.sessions).toHaveLength(2);
    expect(listed.sessions.find((session) => session.current)?.clientAddress).toBe('192.0.2.21');
    const other = listed.sessions.find((session) => !session.current);
    expect(other?.clientAddress).toBe('192.0.2.22');
    expect(other?.id).toMatch(/^[0-9a-f]{64}$/);

    expect((await post('/auth/sessions/revoke', { id: other?.id }, { cookie: laptop })).status).toBe(204);
    expect((await me(phone)).headers.getSetCookie().some((cookie) => cookie.startsWith(`${SESSION_COOKIE}=;`))).toBe(true);
    expect((await me(laptop)).headers.getSetCookie()).toEqual([]);
  });

  it("cannot sign out someone else's session, and signing out its own clears the cookie", async () => {
    const mine = await signedIn('quinn');
    const theirs = await signedIn('rosa');
    const [theirSession] = ((await (await get('/auth/sessions', theirs)).json()) as { sessions: { id: string }[] }).sessions;
    const refused = await post('/auth/sessions/revoke', { id: theirSession?.id }, { cookie: mine });
    expect(refused.status).toBe(404);
    expect((await me(theirs)).headers.getSetCookie()).toEqual([]);

    const [own] = ((await (await get('/auth/sessions', mine)).json()) as { sessions: { id: string }[] }).sessions;
    const signedOut = await post('/auth/sessions/revoke', { id: own?.id }, { cookie: mine });
    expect(signedOut.status).toBe(204);
    expect(signedOut.headers.getSetCookie()[0]).toMatch(new RegExp(`^${SESSION_COOKIE}=;`));
  });
});
