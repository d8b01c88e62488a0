import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '@lanyard/core/internalToken';
import { startSubgraphUnderTest } from '@lanyard/core/testing/serviceUnderTest';
import { loadModuleDemoConfig } from '../../examples/module-demo/src/config.ts';
import { startModuleDemo, type RunningModuleDemo } from '../../examples/module-demo/src/server.ts';
import { findProvisioning } from './db/moduleProvisioningStore.ts';
import { createModulesSubgraph } from './service.ts';
import { testModulesKeys } from './testModulesKeys.ts';

/**
 * Automatic user provisioning in the modules subgraph over HTTP: a Master's settings (checked, the
 * token never answered), and the edge's step that links or creates a user's account in a real module
 * (examples/module-demo and its SCIM /Users), once, however many sign-ins arrive at once.
 */

const SCIM_TOKEN = 'scim-token-of-the-provisioning-test';
const SET = `mutation ($input: ModuleProvisioningInput!) {
  setModuleProvisioning(input: $input) { id provisioning { enabled scimBaseUrl scimTokenSet scimTokenSetAt defaultRole masterRole userRole } }
}`;
const PROVISION = `mutation ($id: ID!, $user: ProvisionedUserInput!) {
  provisionModuleAccountForEdge(instanceId: $id, user: $user) { instanceId userId moduleAccountId createdAt outcome }
}`;
const CREATE = `mutation ($input: CreateModuleInstanceInput!) { createModuleInstance(input: $input) { instance { id oidcClient { clientId } } } }`;
const FOR_EDGE = `query ($id: String!) { oidcClientForEdge(clientId: $id) { provisioningEnabled } }`;

type Answer = { headers: Headers; body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;
const pathsOf = (answer: Answer) =>
  ((answer.body.errors?.[0]?.extensions?.fields ?? []) as { path: string[] }[]).map((field) => field.path.join('.'));

const session = (role: 'MASTER' | 'USER', companyId = 'acme'): Principal => ({ scope: 'session', userId: `${role}-${companyId}`, companyId, companyName: companyId, role });
const master = session('MASTER');
const edge: Principal = { scope: 'edge' };

const person = (name: string, role: 'MASTER' | 'USER' | 'ROOT_MASTER' = 'USER') => ({
  id: `lanyard-id-${name}`,
  username: name,
  email: `${name}@acme.example`,
  displayName: `${name[0]!.toUpperCase()}${name.slice(1)} Person`,
  role,
});

let subgraph: Awaited<ReturnType<typeof startSubgraphUnderTest<Awaited<ReturnType<typeof createModulesSubgraph>>>>>;
let moduleDemo: RunningModuleDemo;
let moduleUrl: string;
/** A SCIM endpoint that never answers. */
let silent: Server;
let silentUrl: string;

const run = (principal: Principal, query: string, variables?: Record<string, unknown>) => subgraph.query(principal, query, variables) as Promise<Answer>;

async function createInstance(instanceName: string): Promise<{ id: string; clientId: string }> {
  const answer = await run(master, CREATE, {
    input: { clientType: 'CONFIDENTIAL', instance: { moduleName: 'Desk', instanceName, baseUrl: moduleUrl, redirectUris: [`${moduleUrl}/callback`], postLogoutRedirectUris: [] } },
  });
  const created = answer.body.data?.createModuleInstance as { instance: { id: string; oidcClient: { clientId: string } } };
  return { id: created.instance.id, clientId: created.instance.oidcClient.clientId };
}

const provisioningOn = (instanceId: string, overrides: Record<string, unknown> = {}) => ({
  instanceId,
  enabled: true,
  scimBaseUrl: `${moduleUrl}/scim/v2`,
  scimToken: SCIM_TOKEN,
  defaultRole: 'agent',
  masterRole: 'admin',
  userRole: null,
  ...overrides,
});

async function scim(path: string): Promise<{ totalResults: number; Resources: { id: string; userName: string; externalId?: string; roles: { value: string }[] }[] }> {
  const response = await fetch(`${moduleUrl}/scim/v2${path}`, { headers: { authorization: `Bearer ${SCIM_TOKEN}` } });
  return (await response.json()) as never;
}
const accountCount = async () => (await scim('/Users')).totalResults;

beforeAll(async () => {
  subgraph = await startSubgraphUnderTest((settings) => createModulesSubgraph(settings, testModulesKeys, { scimTimeoutMs: 500 }));
  moduleDemo = await startModuleDemo(
    loadModuleDemoConfig({
      PORT: '0',
      PUBLIC_URL: 'http://127.0.0.1:9',
      LANYARD_ISSUER: 'http://127.0.0.1:9',
      OIDC_CLIENT_ID: 'unused-here',
      OIDC_CLIENT_SECRET: 'unused-here',
      SCIM_TOKEN,
      // casey has an account under another username: provisioning finds it by her email.
      LOCAL_ACCOUNTS: JSON.stringify([{ username: 'c.user', email: 'casey@acme.example', displayName: 'Casey', role: 'agent' }]),
    }),
  );
  moduleUrl = moduleDemo.url;
  silent = createServer(() => {});
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/scim/v2`;
});
afterAll(async () => {
  silent.closeAllConnections();
  await new Promise((resolve) => silent.close(resolve));
  await moduleDemo?.close();
  await subgraph?.stop();
});

describe('provisioning settings (Masters)', () => {
  it('saves them, answers whether a token is set but never the token, keeps it sealed, and tells the edge', async () => {
    const instance = await createInstance('Settings');
    const saved = await run(master, SET, { input: provisioningOn(instance.id, { scimBaseUrl: `${moduleUrl}/scim/v2/` }) });
    expect(saved.body.errors).toBeUndefined();
    expect(saved.body.data?.setModuleProvisioning).toMatchObject({
      provisioning: { enabled: true, scimBaseUrl: `${moduleUrl}/scim/v2`, scimTokenSet: true, defaultRole: 'agent', masterRole: 'admin', userRole: null },
    });
    expect(JSON.stringify(saved.body)).not.toContain(SCIM_TOKEN);
    expect(saved.headers.get('lanyard-clients-changed-of')).toBe(instance.clientId);
    const row = await findProvisioning(subgraph.service.db, instance.id);
    expect(row?.scimTokenSealed).toMatch(/^v1\./);
    expect(row?.scimTokenSealed).not.toContain(SCIM_TOKEN);
    expect((await run(edge, FOR_EDGE, { id: instance.clientId })).body.data).toEqual({ oidcClientForEdge: { provisioningEnabled: true } });

    // Saved again without a token: the token stays; turned off, the edge hears that too.
    const kept = await run(master, SET, { input: provisioningOn(instance.id, { enabled: false, scimToken: '', userRole: 'viewer' }) });
    expect(kept.body.data?.setModuleProvisioning).toMatchObject({ provisioning: { enabled: false, scimTokenSet: true, userRole: 'viewer' } });
    expect((await findProvisioning(subgraph.service.db, instance.id))?.scimTokenSealed).toBe(row?.scimTokenSealed);
    expect((await run(edge, FOR_EDGE, { id: instance.clientId })).body.data).toEqual({ oidcClientForEdge: { provisioningEnabled: false } });

    const listed = await run(master, `{ companyModuleInstances { id provisioning { scimTokenSet scimTokenSetAt } } }`);
    expect(JSON.stringify(listed.body)).not.toContain(SCIM_TOKEN);
    const mine = (listed.body.data?.companyModuleInstances as { id: string; provisioning: { scimTokenSet: boolean; scimTokenSetAt: string } }[]).find((entry) => entry.id === instance.id);
    expect(mine?.provisioning.scimTokenSet).toBe(true);
    expect(Date.parse(mine!.provisioning.scimTokenSetAt)).toBeGreaterThan(0);
  });

  it('names each bad field under input and saves nothing', async () => {
    const instance = await createInstance('Bad Settings');
    const missing = await run(master, SET, { input: { instanceId: instance.id, enabled: true, scimBaseUrl: ' ', scimToken: null, defaultRole: '' } });
    expect(codeOf(missing)).toBe('VALIDATION_FAILED');
    expect(pathsOf(missing)).toEqual(['input.scimBaseUrl', 'input.scimToken', 'input.defaultRole']);
    const bad = await run(master, SET, {
      input: provisioningOn(instance.id, { scimBaseUrl: 'http://bms.example/scim', scimToken: 'has spaces in it', masterRole: 'x'.repeat(65) }),
    });
    expect(pathsOf(bad)).toEqual(['input.scimBaseUrl', 'input.scimToken', 'input.masterRole']);
    expect(await findProvisioning(subgraph.service.db, instance.id)).toBeUndefined();
  });

  it('refuses a plain user, a Master of another company and anyone but the edge the edge step, and shows the settings to Masters only', async () => {
    const instance = await createInstance('Guarded');
    for (const principal of [session('USER'), session('MASTER', 'globex')]) {
      expect(codeOf(await run(principal, SET, { input: provisioningOn(instance.id) }))).toBe('FORBIDDEN');
    }
    expect(codeOf(await run(master, PROVISION, { id: instance.id, user: person('morgan', 'MASTER') }))).toBe('FORBIDDEN');
    const asUser = await run(session('USER'), `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ModuleInstance { instanceName provisioning { enabled } } } }`, {
      r: [{ __typename: 'ModuleInstance', id: instance.id }],
    });
    expect(asUser.body.data).toEqual({ _entities: [{ instanceName: 'Guarded', provisioning: null }] });
  });
});

describe('provisioning at sign-in (the edge)', () => {
  it('creates exactly one account with the mapped role, then links without asking again', async () => {
    const instance = await createInstance('Create');
    await run(master, SET, { input: provisioningOn(instance.id) });
    const before = await accountCount();

    const first = await run(edge, PROVISION, { id: instance.id, user: person('morgan', 'MASTER') });
    expect(first.body.errors).toBeUndefined();
    const link = first.body.data?.provisionModuleAccountForEdge as { moduleAccountId: string; outcome: string; userId: string };
    expect(link).toMatchObject({ instanceId: instance.id, userId: 'lanyard-id-morgan', outcome: 'CREATED' });
    expect(await accountCount()).toBe(before + 1);
    const created = await scim('/Users?filter=userName%20eq%20%22morgan%22');
    expect(created.Resources).toMatchObject([{ id: link.moduleAccountId, externalId: 'lanyard-id-morgan', roles: [{ value: 'admin' }] }]);

    const second = await run(edge, PROVISION, { id: instance.id, user: person('morgan', 'MASTER') });
    expect(second.body.data?.provisionModuleAccountForEdge).toMatchObject({ moduleAccountId: link.moduleAccountId, outcome: 'ALREADY_LINKED' });
    expect(await accountCount()).toBe(before + 1);

    // A User gets the default role: no mapping names one for them.
    const user = await run(edge, PROVISION, { id: instance.id, user: person('jamie') });
    expect(user.body.data?.provisionModuleAccountForEdge).toMatchObject({ outcome: 'CREATED' });
    expect((await scim('/Users?filter=userName%20eq%20%22jamie%22')).Resources[0]?.roles).toEqual([{ value: 'agent', primary: true }]);
  });

  it('links an existing account with the same email instead of making a second one', async () => {
    const instance = await createInstance('Link');
    await run(master, SET, { input: provisioningOn(instance.id) });
    const before = await accountCount();
    const casey = await run(edge, PROVISION, { id: instance.id, user: person('casey') });
    const [existing] = (await scim('/Users?filter=userName%20eq%20%22c.user%22')).Resources;
    expect(casey.body.data?.provisionModuleAccountForEdge).toMatchObject({ moduleAccountId: existing!.id, outcome: 'LINKED_EXISTING' });
    expect(await accountCount()).toBe(before);
  });

  it('makes one account and one link when sign-ins of the same new user arrive at once', async () => {
    const instance = await createInstance('Concurrent');
    await run(master, SET, { input: provisioningOn(instance.id) });
    const before = await accountCount();
    const answers = await Promise.all(Array.from({ length: 6 }, () => run(edge, PROVISION, { id: instance.id, user: person('riley') })));
    const ids = new Set(answers.map((answer) => (answer.body.data?.provisionModuleAccountForEdge as { moduleAccountId: string }).moduleAccountId));
    expect(ids.size).toBe(1);
    expect(await accountCount()).toBe(before + 1);
  });

  it('answers PROVISIONING_FAILED, without the token, when the module refuses the token or does not answer, and links nothing', async () => {
    const wrong = await createInstance('Wrong Token');
    await run(master, SET, { input: provisioningOn(wrong.id, { scimToken: 'not-the-module-token-at-all' }) });
    const before = await accountCount();
    const refused = await run(edge, PROVISION, { id: wrong.id, user: person('sam') });
    expect(codeOf(refused)).toBe('PROVISIONING_FAILED');
    expect(refused.body.errors?.[0]?.message).toBe('Lanyard could not create your account in this module. Try again later or ask your administrator.');
    expect(JSON.stringify(refused.body)).not.toContain('not-the-module-token-at-all');
    expect(await accountCount()).toBe(before);

    const hung = await createInstance('Silent');
    await run(master, SET, { input: provisioningOn(hung.id, { scimBaseUrl: silentUrl }) });
    const started = Date.now();
    expect(codeOf(await run(edge, PROVISION, { id: hung.id, user: person('sam') }))).toBe('PROVISIONING_FAILED');
    expect(Date.now() - started).toBeLessThan(5_000);

    // Nothing was linked: once the token is right, sam's account is created.
    await run(master, SET, { input: provisioningOn(wrong.id) });
    expect((await run(edge, PROVISION, { id: wrong.id, user: person('sam') })).body.data?.provisionModuleAccountForEdge).toMatchObject({ outcome: 'CREATED' });
  });

  it('does nothing while provisioning is off', async () => {
    const instance = await createInstance('Off');
    const before = await accountCount();
    expect((await run(edge, PROVISION, { id: instance.id, user: person('dana') })).body.data).toEqual({ provisionModuleAccountForEdge: null });
    await run(master, SET, { input: provisioningOn(instance.id, { enabled: false }) });
    expect((await run(edge, PROVISION, { id: instance.id, user: person('dana') })).body.data).toEqual({ provisionModuleAccountForEdge: null });
    expect(await accountCount()).toBe(before);
  });
});
