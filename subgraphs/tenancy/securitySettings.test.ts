import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '@lanyard/core/internalToken';
import { startSubgraphUnderTest } from '@lanyard/core/testing/serviceUnderTest';
import { insertCompanyIfAbsent } from './db/tenancyStore.ts';
import { createTenancySubgraph } from './service.ts';

/**
 * Admin Settings → Security over HTTP, as the edge forwards it: Masters read and change their company's
 * lockout, session and IP access list settings; plain users cannot; the guard against an admin locking
 * themselves out; the edge's own reads and records; the notice that tells the edge to drop its copy.
 */

const SETTINGS = `{ securitySettings { lockoutThreshold lockoutDurationMinutes sessionIdleTimeoutMinutes sessionLifetimeMinutes ipAccessList { enabled mode entries { range label } } } }`;
const UPDATE = `mutation ($input: UpdateSecuritySettingsInput!) { updateSecuritySettings(input: $input) { lockoutThreshold lockoutDurationMinutes sessionIdleTimeoutMinutes sessionLifetimeMinutes } }`;
const UPDATE_LIST = `mutation ($input: UpdateIpAccessListInput!) { updateIpAccessList(input: $input) { ipAccessList { enabled mode entries { range label } } } }`;
const FOR_EDGE = `query ($id: ID!) { securitySettingsForEdge(companyId: $id) { lockoutThreshold ipAccessList { enabled entries { range } } } }`;
const RECORD = `mutation ($input: RecordIpAccessEventInput!) { recordIpAccessEvent(input: $input) }`;
const EVENTS = `{ ipAccessEvents { clientAddress outcome stage subject occurredAt } }`;

type Answer = { headers: Headers; body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;
const pathsOf = (answer: Answer) =>
  ((answer.body.errors?.[0]?.extensions?.fields ?? []) as { path: string[] }[]).map((field) => field.path.join('.'));

const session = (role: 'ROOT_MASTER' | 'MASTER' | 'USER', companyId = 'acme'): Principal => ({
  scope: 'session',
  userId: `${role.toLowerCase()}-${companyId}`,
  companyId,
  companyName: companyId,
  role,
});
const master = session('MASTER');
const office = { range: '192.0.2.0/24', label: 'Head office' };
const goodSettings = { lockoutThreshold: 3, lockoutDurationMinutes: 60, sessionIdleTimeoutMinutes: 15, sessionLifetimeMinutes: 480 };

describe('security settings (tenancy subgraph)', () => {
  let subgraph: Awaited<ReturnType<typeof startSubgraphUnderTest<Awaited<ReturnType<typeof createTenancySubgraph>>>>>;
  const run = (principal: Principal, query: string, variables?: Record<string, unknown>, clientAddress = '192.0.2.10') =>
    subgraph.query(principal, query, variables, { clientAddress }) as Promise<Answer>;

  beforeAll(async () => {
    subgraph = await startSubgraphUnderTest(createTenancySubgraph);
    const createdAt = new Date();
    for (const id of ['acme', 'globex']) await insertCompanyIfAbsent(subgraph.service.db, { id, name: id, nameNormalized: id, createdAt });
  });
  afterAll(() => subgraph.stop());

  it('starts from the defaults', async () => {
    expect((await run(session('ROOT_MASTER', 'globex'), SETTINGS)).body.data).toEqual({
      securitySettings: {
        lockoutThreshold: 5,
        lockoutDurationMinutes: 15,
        sessionIdleTimeoutMinutes: 30,
        sessionLifetimeMinutes: 720,
        ipAccessList: { enabled: false, mode: 'ENFORCE', entries: [] },
      },
    });
  });

  it('lets a Master change the settings, tells the edge, and keeps other companies apart', async () => {
    const answer = await run(master, UPDATE, { input: goodSettings });
    expect(answer.body.data).toEqual({ updateSecuritySettings: goodSettings });
    expect(answer.headers.get('lanyard-settings-changed-of')).toBe('acme');
    expect((await run({ scope: 'edge' }, FOR_EDGE, { id: 'acme' })).body.data).toMatchObject({
      securitySettingsForEdge: { lockoutThreshold: 3 },
    });
    expect((await run({ scope: 'edge' }, FOR_EDGE, { id: 'globex' })).body.data).toMatchObject({
      securitySettingsForEdge: { lockoutThreshold: 5 },
    });
  });

  it('records each change with who made it, and a save that changes nothing records and announces nothing', async () => {
    const log = async () =>
      (await run(master, `{ securityAuditLog { action actor { id } detail occurredAt } }`)).body.data?.securityAuditLog as Record<string, unknown>[];
    const [latest] = await log();
    expect(latest).toMatchObject({
      action: 'SECURITY_SETTINGS_CHANGED',
      actor: { id: 'master-acme' },
      detail: 'failed attempts before lockout 5 → 3; lockout duration 15 → 60 min; idle timeout 30 → 15 min; session lifetime 720 → 480 min',
    });
    const before = (await log()).length;
    const again = await run(master, UPDATE, { input: goodSettings });
    expect(again.headers.get('lanyard-settings-changed-of')).toBeNull();
    expect((await log()).length).toBe(before);
    expect(codeOf(await run(session('USER'), `{ securityAuditLog { action } }`))).toBe('FORBIDDEN');
  });

  it('names each setting out of range and saves none of them', async () => {
    const answer = await run(master, UPDATE, { input: { ...goodSettings, lockoutThreshold: 21, lockoutDurationMinutes: 1440 } });
    expect(codeOf(answer)).toBe('VALIDATION_FAILED');
    expect(pathsOf(answer)).toEqual(['input.lockoutThreshold', 'input.lockoutDurationMinutes']);
    expect(answer.headers.get('lanyard-settings-changed-of')).toBeNull();
    expect((await run(master, SETTINGS)).body.data).toMatchObject({ securitySettings: { lockoutThreshold: 3 } });
  });

  it('refuses a plain user, an anonymous visitor and a browser asking for what only the edge may', async () => {
    for (const [query, variables] of [
      [SETTINGS, undefined],
      [UPDATE, { input: goodSettings }],
      [UPDATE_LIST, { input: { enabled: false, mode: 'ENFORCE', entries: [] } }],
      [EVENTS, undefined],
    ] as const) {
      expect(codeOf(await run(session('USER'), query, variables))).toBe('FORBIDDEN');
      expect(codeOf(await run({ scope: 'anonymous' }, query, variables))).toBe('UNAUTHENTICATED');
    }
    expect(codeOf(await run(master, FOR_EDGE, { id: 'acme' }))).toBe('FORBIDDEN');
    const record = { input: { companyId: 'acme', clientAddress: '1.2.3.4', outcome: 'REFUSED', stage: 'SIGN_IN' } };
    expect(codeOf(await run(master, RECORD, record))).toBe('FORBIDDEN');
  });

  it('saves an access list that admits the admin, and names each bad entry', async () => {
    const saved = await run(master, UPDATE_LIST, { input: { enabled: true, mode: 'ENFORCE', entries: [office, { range: ' 2001:db8::/32 ', label: ' VPN ' }] } });
    expect(saved.body.data).toEqual({
      updateIpAccessList: {
        ipAccessList: { enabled: true, mode: 'ENFORCE', entries: [office, { range: '2001:db8::/32', label: 'VPN' }] },
      },
    });
    expect(saved.headers.get('lanyard-settings-changed-of')).toBe('acme');
    const bad = await run(master, UPDATE_LIST, { input: { enabled: true, mode: 'ENFORCE', entries: [office, { range: '192.0.2.1/24', label: 'x' }] } });
    expect(codeOf(bad)).toBe('VALIDATION_FAILED');
    expect(pathsOf(bad)).toEqual(['input.entries.1.range']);
  });

  it("refuses a list that would lock the admin out unless they confirm; monitor mode needs no confirmation", async () => {
    const elsewhere = { enabled: true, mode: 'ENFORCE', entries: [{ range: '198.51.100.0/24', label: 'Branch' }] };
    const refused = await run(master, UPDATE_LIST, { input: elsewhere }, '192.0.2.10');
    expect(codeOf(refused)).toBe('IP_ACCESS_LIST_EXCLUDES_YOU');
    expect(refused.body.errors?.[0]?.extensions?.clientAddress).toBe('192.0.2.10');
    expect(refused.body.errors?.[0]?.message).toContain('192.0.2.10');
    expect((await run(master, SETTINGS)).body.data).toMatchObject({ securitySettings: { ipAccessList: { entries: [office, { label: 'VPN' }] } } });

    expect((await run(master, UPDATE_LIST, { input: { ...elsewhere, mode: 'MONITOR' } })).body.errors).toBeUndefined();
    expect((await run(master, UPDATE_LIST, { input: { ...elsewhere, confirmExcludingMyAddress: true } })).body.errors).toBeUndefined();
    // Put it back for the other tests.
    await run(master, UPDATE_LIST, { input: { enabled: false, mode: 'ENFORCE', entries: [] } }, '198.51.100.1');
  });

  it('keeps what the edge records of refused requests, for the company\'s Masters', async () => {
    const record = (companyId: string, clientAddress: string, outcome: string) =>
      run({ scope: 'edge' }, RECORD, { input: { companyId, clientAddress, outcome, stage: 'SIGN_IN', subject: 'casey' } });
    expect((await record('acme', '203.0.113.9', 'MONITORED')).body.data).toEqual({ recordIpAccessEvent: true });
    await record('globex', '203.0.113.10', 'REFUSED');
    const events = (await run(master, EVENTS)).body.data?.ipAccessEvents as Record<string, string>[];
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ clientAddress: '203.0.113.9', outcome: 'MONITORED', stage: 'SIGN_IN', subject: 'casey' });
  });
});
