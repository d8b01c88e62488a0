import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '@lanyard/core/internalToken';
import { startSubgraphUnderTest } from '@lanyard/core/testing/serviceUnderTest';
import { findOidcClient } from './db/moduleInstanceStore.ts';
import { hashClientSecret } from './domain/clientCredentials.ts';
import { createModulesSubgraph } from './service.ts';
import { testModulesKeys } from './testModulesKeys.ts';

/**
 * Admin Settings → Modules over HTTP: a Master creates instances with their OpenID Connect clients,
 * changes them, turns Unified Login off and on, rotates a secret and deletes; everyone else is refused.
 */

const FIELDS = `id moduleName instanceName baseUrl landingPageUrl localLoginUrl iconUrl unifiedLoginEnabled
  oidcClient { clientId clientType redirectUris postLogoutRedirectUris backchannelLogoutUri secretCreatedAt }`;
const CREATE = `mutation ($input: CreateModuleInstanceInput!) { createModuleInstance(input: $input) { clientSecret instance { ${FIELDS} } } }`;
const UPDATE = `mutation ($input: UpdateModuleInstanceInput!) { updateModuleInstance(input: $input) { ${FIELDS} } }`;
const UNIFIED = `mutation ($id: ID!, $on: Boolean!) { setUnifiedLogin(instanceId: $id, enabled: $on) { unifiedLoginEnabled } }`;
const ROTATE = `mutation ($id: ID!) { rotateClientSecret(instanceId: $id) { clientSecret } }`;
const DELETE = `mutation ($id: ID!) { deleteModuleInstance(instanceId: $id) }`;
const LIST = `{ companyModuleInstances { id instanceName oidcClient { clientId } } }`;

type Answer = { headers: Headers; body: { data?: Record<string, unknown> | null; errors?: { extensions?: Record<string, unknown> }[] } };
const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;
const pathsOf = (answer: Answer) =>
  ((answer.body.errors?.[0]?.extensions?.fields ?? []) as { path: string[] }[]).map((field) => field.path.join('.'));

const session = (role: 'MASTER' | 'USER', companyId = 'acme'): Principal => ({
  scope: 'session',
  userId: `${role}-${companyId}`,
  companyId,
  companyName: companyId,
  role,
});
const master = session('MASTER');
const bms = {
  moduleName: 'BMS',
  instanceName: 'Acme EU',
  baseUrl: 'https://bms.example/eu',
  landingPageUrl: 'https://bms.example/eu/dashboard',
  localLoginUrl: null,
  iconUrl: null,
  redirectUris: ['https://bms.example/eu/callback', 'http://localhost:5173/callback'],
  postLogoutRedirectUris: ['https://bms.example/eu/'],
  backchannelLogoutUri: 'https://bms.example/eu/backchannel-logout',
};

describe('module administration (modules subgraph)', () => {
  let subgraph: Awaited<ReturnType<typeof startSubgraphUnderTest<Awaited<ReturnType<typeof createModulesSubgraph>>>>>;
  const run = (principal: Principal, query: string, variables?: Record<string, unknown>) =>
    subgraph.query(principal, query, variables) as Promise<Answer>;
  const create = async (instance = bms, clientType = 'CONFIDENTIAL') =>
    (await run(master, CREATE, { input: { instance, clientType } })).body.data?.createModuleInstance as {
      clientSecret: string | null;
      instance: { id: string; oidcClient: { clientId: string } };
    };

  beforeAll(async () => {
    subgraph = await startSubgraphUnderTest((settings) => createModulesSubgraph(settings, testModulesKeys));
  });
  afterAll(() => subgraph.stop());

  it('creates an instance with a confidential client whose secret is shown once and kept only hashed', async () => {
    const created = await create();
    expect(created.clientSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.instance).toMatchObject({
      moduleName: 'BMS',
      landingPageUrl: 'https://bms.example/eu/dashboard',
      localLoginUrl: 'https://bms.example/eu',
      unifiedLoginEnabled: true,
      oidcClient: { clientType: 'CONFIDENTIAL', redirectUris: bms.redirectUris, backchannelLogoutUri: bms.backchannelLogoutUri },
    });
    expect(created.instance.oidcClient.clientId).toMatch(/^lanyard-/);
    const stored = await findOidcClient(subgraph.service.db, created.instance.id);
    expect(stored?.secretHash).not.toContain(created.clientSecret!);
    expect(hashClientSecret(created.clientSecret!)).toBe(stored!.secretHash!);
  });

  it('creates a public client without a secret, and refuses to rotate what it has not', async () => {
    const created = await create({ ...bms, instanceName: 'Acme SPA' }, 'PUBLIC');
    expect(created.clientSecret).toBeNull();
    expect(codeOf(await run(master, ROTATE, { id: created.instance.id }))).toBe('VALIDATION_FAILED');
  });

  it('names each bad field and saves nothing', async () => {
    const before = ((await run(master, LIST)).body.data?.companyModuleInstances as unknown[]).length;
    const bad = await run(master, CREATE, {
      input: {
        clientType: 'CONFIDENTIAL',
        instance: { ...bms, moduleName: ' ', baseUrl: 'http://bms.example', redirectUris: ['https://ok.example/cb', 'https://x.example/cb#frag', 'javascript:alert(1)'] },
      },
    });
    expect(codeOf(bad)).toBe('VALIDATION_FAILED');
    expect(pathsOf(bad)).toEqual(['input.instance.moduleName', 'input.instance.baseUrl', 'input.instance.redirectUris.1', 'input.instance.redirectUris.2']);
    expect(((await run(master, LIST)).body.data?.companyModuleInstances as unknown[]).length).toBe(before);
  });

  it('changes URLs and redirect URIs, turns Unified Login off and on, rotates the secret and deletes', async () => {
    const created = await create({ ...bms, instanceName: 'Acme US' });
    const updated = await run(master, UPDATE, { input: { id: created.instance.id, instance: { ...bms, instanceName: 'Acme US', redirectUris: ['https://bms.example/us/cb'] } } });
    expect(updated.body.data?.updateModuleInstance).toMatchObject({ oidcClient: { redirectUris: ['https://bms.example/us/cb'], clientId: created.instance.oidcClient.clientId } });
    expect((await run(master, UNIFIED, { id: created.instance.id, on: false })).body.data).toEqual({ setUnifiedLogin: { unifiedLoginEnabled: false } });

    const rotated = (await run(master, ROTATE, { id: created.instance.id })).body.data?.rotateClientSecret as { clientSecret: string };
    const stored = await findOidcClient(subgraph.service.db, created.instance.id);
    expect(hashClientSecret(rotated.clientSecret)).toBe(stored!.secretHash!);
    expect(hashClientSecret(created.clientSecret!)).not.toBe(stored!.secretHash!);

    expect((await run(master, DELETE, { id: created.instance.id })).body.data).toEqual({ deleteModuleInstance: created.instance.id });
    expect(await findOidcClient(subgraph.service.db, created.instance.id)).toBeUndefined();
  });

  it('answers the edge its clients by client_id and where a launch leads, with the secret only as its hash, and tells it of every change', async () => {
    const created = await create({ ...bms, instanceName: 'Acme Edge' });
    const FOR_EDGE = `query ($id: String!) { oidcClientForEdge(clientId: $id) { clientId clientType secretHash redirectUris instanceId companyId moduleName instanceName unifiedLoginEnabled landingPageUrl } }`;
    const answer = await run({ scope: 'edge' }, FOR_EDGE, { id: created.instance.oidcClient.clientId });
    expect(answer.body.data?.oidcClientForEdge).toMatchObject({
      clientType: 'CONFIDENTIAL',
      instanceId: created.instance.id,
      companyId: 'acme',
      unifiedLoginEnabled: true,
      landingPageUrl: 'https://bms.example/eu/dashboard',
    });
    const { secretHash } = answer.body.data?.oidcClientForEdge as { secretHash: string };
    expect(hashClientSecret(created.clientSecret!)).toBe(secretHash);
    expect((await run({ scope: 'edge' }, FOR_EDGE, { id: 'lanyard-nobody' })).body.data).toEqual({ oidcClientForEdge: null });
    expect(codeOf(await run(master, FOR_EDGE, { id: created.instance.oidcClient.clientId }))).toBe('FORBIDDEN');
    const launch = await run({ scope: 'edge' }, `query ($id: ID!) { launchTargetForEdge(instanceId: $id) { instanceId companyId unifiedLoginEnabled landingPageUrl initiateLoginUri } }`, {
      id: created.instance.id,
    });
    expect(launch.body.data).toEqual({
      launchTargetForEdge: {
        instanceId: created.instance.id,
        companyId: 'acme',
        unifiedLoginEnabled: true,
        landingPageUrl: 'https://bms.example/eu/dashboard',
        initiateLoginUri: null,
      },
    });

    const off = await run(master, UNIFIED, { id: created.instance.id, on: false });
    expect(off.headers.get('lanyard-clients-changed-of')).toBe(created.instance.oidcClient.clientId);
    expect((await run(master, ROTATE, { id: created.instance.id })).headers.get('lanyard-clients-changed-of')).toBe(created.instance.oidcClient.clientId);
  });

  it("refuses a plain user everything, a Master of another company Acme's instances, and shows clients to Masters only", async () => {
    const created = await create({ ...bms, instanceName: 'Acme Guarded' });
    const user = session('USER');
    expect(codeOf(await run(user, CREATE, { input: { instance: bms, clientType: 'PUBLIC' } }))).toBe('FORBIDDEN');
    const globex = session('MASTER', 'globex');
    for (const [query, variables] of [
      [UNIFIED, { id: created.instance.id, on: false }],
      [ROTATE, { id: created.instance.id }],
      [DELETE, { id: created.instance.id }],
      [UPDATE, { input: { id: created.instance.id, instance: bms } }],
    ] as const) {
      expect(codeOf(await run(user, query, variables))).toBe('FORBIDDEN');
      expect(codeOf(await run(globex, query, variables))).toBe('FORBIDDEN');
    }
    const asUser = await run(user, `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ModuleInstance { instanceName oidcClient { clientId } } } }`, {
      r: [{ __typename: 'ModuleInstance', id: created.instance.id }],
    });
    expect(asUser.body.data).toEqual({ _entities: [{ instanceName: 'Acme Guarded', oidcClient: null }] });
  });
});
