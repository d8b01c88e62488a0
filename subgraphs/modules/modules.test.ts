import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraphUnderTest } from '@lanyard/core/testing/serviceUnderTest';
import { insertModuleInstanceIfAbsent } from './db/moduleInstanceStore.ts';
import { createModulesSubgraph } from './service.ts';
import { testModulesKeys } from './testModulesKeys.ts';

const userModules = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on User { modules { moduleName instanceName baseUrl unifiedLoginEnabled } } } }`;

describe('modules subgraph', () => {
  let subgraph: Awaited<ReturnType<typeof startSubgraphUnderTest<Awaited<ReturnType<typeof createModulesSubgraph>>>>>;
  const acmeUser = { scope: 'session' as const, userId: 'user-1', companyId: 'acme' , companyName: 'Acme MSP', role: 'USER' as const };

  beforeAll(async () => {
    subgraph = await startSubgraphUnderTest((settings) => createModulesSubgraph(settings, testModulesKeys));
    const base = { createdAt: new Date(), unifiedLoginEnabled: true };
    const db = subgraph.service.db;
    await insertModuleInstanceIfAbsent(db, { ...base, id: 'i1', companyId: 'acme', moduleName: 'RMM', instanceName: 'Main', baseUrl: 'https://rmm.example' });
    await insertModuleInstanceIfAbsent(db, { ...base, id: 'i2', companyId: 'acme', moduleName: 'BMS', instanceName: 'Acme EU', baseUrl: 'https://bms.example/eu', unifiedLoginEnabled: false });
    await insertModuleInstanceIfAbsent(db, { ...base, id: 'i3', companyId: 'globex', moduleName: 'BMS', instanceName: 'Globex', baseUrl: 'https://bms.example/globex' });
  });
  afterAll(() => subgraph.stop());

  it("lists every instance of the user's company to one whose groups reach them all, in My Modules order", async () => {
    const answer = await subgraph.query(acmeUser, userModules, {
      r: [{ __typename: 'User', id: 'user-1', company: { id: 'acme' }, reachesAllModuleInstances: true, reachableModuleInstanceIds: [] }],
    });
    expect(answer.body.data).toEqual({
      _entities: [
        {
          modules: [
            { moduleName: 'BMS', instanceName: 'Acme EU', baseUrl: 'https://bms.example/eu', unifiedLoginEnabled: false },
            { moduleName: 'RMM', instanceName: 'Main', baseUrl: 'https://rmm.example', unifiedLoginEnabled: true },
          ],
        },
      ],
    });
  });

  it('lists only the instances the groups open, and nothing to a user whose groups open none', async () => {
    const reaching = (ids: string[] | null) =>
      subgraph.query(acmeUser, userModules, {
        r: [{ __typename: 'User', id: 'user-1', company: { id: 'acme' }, reachesAllModuleInstances: false, reachableModuleInstanceIds: ids }],
      });
    expect((await reaching(['i1', 'i3'])).body.data).toEqual({
      _entities: [{ modules: [{ moduleName: 'RMM', instanceName: 'Main', baseUrl: 'https://rmm.example', unifiedLoginEnabled: true }] }],
    });
    expect((await reaching([])).body.data).toEqual({ _entities: [{ modules: [] }] });
    // Tenancy down: what it would have said is unknown, so nothing is opened.
    expect((await reaching(null)).body.data).toEqual({ _entities: [{ modules: [] }] });
  });

  it("gives a Master the company's instances and refuses anyone else", async () => {
    const list = `{ companyModuleInstances { id } }`;
    const master = { ...acmeUser, role: 'MASTER' as const };
    expect((await subgraph.query(master, list)).body.data).toEqual({ companyModuleInstances: [{ id: 'i2' }, { id: 'i1' }] });
    expect((await subgraph.query(acmeUser, list)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("answers the edge a company's instances for the App Launcher, in My Modules order, and no one else", async () => {
    const launcher = `query ($id: ID!) { launcherInstancesForEdge(companyId: $id) { id moduleName instanceName iconUrl unifiedLoginEnabled } }`;
    expect((await subgraph.query({ scope: 'edge' }, launcher, { id: 'acme' })).body.data).toEqual({
      launcherInstancesForEdge: [
        { id: 'i2', moduleName: 'BMS', instanceName: 'Acme EU', iconUrl: null, unifiedLoginEnabled: false },
        { id: 'i1', moduleName: 'RMM', instanceName: 'Main', iconUrl: null, unifiedLoginEnabled: true },
      ],
    });
    expect((await subgraph.query({ scope: 'edge' }, launcher, { id: 'nobody' })).body.data).toEqual({ launcherInstancesForEdge: [] });
    expect((await subgraph.query({ ...acmeUser, role: 'MASTER' as const }, launcher, { id: 'acme' })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("never lists another company's instances, even when asked for them by reference", async () => {
    const answer = await subgraph.query(acmeUser, userModules, {
      r: [{ __typename: 'User', id: 'user-9', company: { id: 'globex' }, reachesAllModuleInstances: true, reachableModuleInstanceIds: [] }],
    });
    expect(answer.body.data).toEqual({ _entities: [{ modules: [] }] });
    const instance = await subgraph.query(
      acmeUser,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ModuleInstance { instanceName } } }`,
      { r: [{ __typename: 'ModuleInstance', id: 'i3' }] },
    );
    expect(instance.body.data).toEqual({ _entities: [null] });
  });
});
