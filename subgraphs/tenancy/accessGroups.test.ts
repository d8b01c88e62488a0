import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '@lanyard/core/internalToken';
import { startSubgraphUnderTest } from '@lanyard/core/testing/serviceUnderTest';
import { insertCompanyIfAbsent } from './db/tenancyStore.ts';
import { createTenancySubgraph } from './service.ts';

/**
 * Admin Settings → Groups over HTTP, and what a user reaches through their groups as modules asks for it
 * by reference: system groups that cannot be changed, the Root Master always in All modules, inactive
 * groups opening nothing, other companies seeing nothing.
 */

const GROUPS = `{ accessGroups { id name kind active allInstances members { id } instances { id } } }`;
const CREATE = `mutation ($name: String!) { createAccessGroup(input: { name: $name }) { id name kind active } }`;
const RENAME = `mutation ($id: ID!, $name: String!) { renameAccessGroup(input: { groupId: $id, name: $name }) { name } }`;
const ACTIVE = `mutation ($id: ID!, $active: Boolean!) { setAccessGroupActive(input: { groupId: $id, active: $active }) { active } }`;
const DELETE = `mutation ($id: ID!) { deleteAccessGroup(groupId: $id) }`;
const MEMBERS = `mutation ($id: ID!, $users: [ID!]!) { setAccessGroupMembers(input: { groupId: $id, userIds: $users }) { members { id } } }`;
const INSTANCES = `mutation ($id: ID!, $ids: [ID!]!) { setAccessGroupInstances(input: { groupId: $id, instanceIds: $ids }) { instances { id } } }`;
const REACH = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on User { accessGroups { name } reachesAllModuleInstances reachableModuleInstanceIds } } }`;

type Answer = { body: { data?: Record<string, unknown> | null; errors?: { extensions?: Record<string, unknown> }[] } };
const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;

const session = (userId: string, role: 'ROOT_MASTER' | 'MASTER' | 'USER', companyId = 'acme'): Principal => ({
  scope: 'session',
  userId,
  companyId,
  companyName: companyId,
  role,
});
const master = session('morgan', 'MASTER');

describe('access groups (tenancy subgraph)', () => {
  let subgraph: Awaited<ReturnType<typeof startSubgraphUnderTest<Awaited<ReturnType<typeof createTenancySubgraph>>>>>;
  const run = (principal: Principal, query: string, variables?: Record<string, unknown>) =>
    subgraph.query(principal, query, variables) as Promise<Answer>;
  const groups = async (principal: Principal = master) =>
    (await run(principal, GROUPS)).body.data?.accessGroups as { id: string; name: string; kind: string; members: { id: string }[] }[];
  const reach = async (userId: string, principal: Principal = master) =>
    ((await run(principal, REACH, { r: [{ __typename: 'User', id: userId }] })).body.data?._entities as unknown[])[0];
  const create = async (name: string) => ((await run(master, CREATE, { name })).body.data?.createAccessGroup as { id: string }).id;

  beforeAll(async () => {
    subgraph = await startSubgraphUnderTest(createTenancySubgraph);
    const createdAt = new Date();
    await insertCompanyIfAbsent(subgraph.service.db, { id: 'acme', name: 'Acme', nameNormalized: 'acme', rootMasterUserId: 'root', createdAt });
    await insertCompanyIfAbsent(subgraph.service.db, { id: 'globex', name: 'Globex', nameNormalized: 'globex', rootMasterUserId: 'g-root', createdAt });
  });
  afterAll(() => subgraph.stop());

  it('has the two system groups first, with the Root Master in All modules', async () => {
    const list = await groups();
    expect(list.slice(0, 2)).toMatchObject([
      { name: 'All modules', kind: 'ALL_MODULES', members: [{ id: 'root' }] },
      { name: 'No access', kind: 'NO_ACCESS', members: [] },
    ]);
    expect(await reach('root')).toEqual({ accessGroups: [{ name: 'All modules' }], reachesAllModuleInstances: true, reachableModuleInstanceIds: [] });
  });

  it('opens the instances of the active custom groups a user belongs to, and nothing through inactive ones', async () => {
    const support = await create('Support');
    const billing = await create('Billing');
    await run(master, INSTANCES, { id: support, ids: ['bms', 'docs'] });
    await run(master, INSTANCES, { id: billing, ids: ['bms', 'erp'] });
    await run(master, MEMBERS, { id: support, users: ['casey'] });
    await run(master, MEMBERS, { id: billing, users: ['casey'] });
    expect(await reach('casey')).toEqual({
      accessGroups: expect.arrayContaining([{ name: 'Support' }, { name: 'Billing' }]),
      reachesAllModuleInstances: false,
      reachableModuleInstanceIds: ['bms', 'docs', 'erp'],
    });
    await run(master, ACTIVE, { id: billing, active: false });
    expect(await reach('casey')).toMatchObject({ accessGroups: [{ name: 'Support' }], reachableModuleInstanceIds: ['bms', 'docs'] });
    // Nobody in a group reaches nothing.
    expect(await reach('jordan')).toEqual({ accessGroups: [], reachesAllModuleInstances: false, reachableModuleInstanceIds: [] });
  });

  it('keeps group names unique per company in any case, and renames and deletes custom groups', async () => {
    const id = await create('Field techs');
    expect(codeOf(await run(master, CREATE, { name: '  FIELD   techs ' }))).toBe('ACCESS_GROUP_NAME_TAKEN');
    expect(codeOf(await run(master, CREATE, { name: '' }))).toBe('VALIDATION_FAILED');
    expect((await run(master, RENAME, { id, name: 'Field engineers' })).body.data).toEqual({ renameAccessGroup: { name: 'Field engineers' } });
    expect(codeOf(await run(master, RENAME, { id, name: 'support' }))).toBe('ACCESS_GROUP_NAME_TAKEN');
    expect((await run(master, DELETE, { id })).body.data).toEqual({ deleteAccessGroup: id });
    expect((await groups()).map((group) => group.id)).not.toContain(id);
  });

  it('never renames, deactivates, deletes or fills the system groups with instances, nor takes the Root Master out', async () => {
    const [allModules, noAccess] = await groups();
    for (const group of [allModules!, noAccess!]) {
      expect(codeOf(await run(master, RENAME, { id: group.id, name: 'Mine now' }))).toBe('SYSTEM_GROUP_PROTECTED');
      expect(codeOf(await run(master, ACTIVE, { id: group.id, active: false }))).toBe('SYSTEM_GROUP_PROTECTED');
      expect(codeOf(await run(master, DELETE, { id: group.id }))).toBe('SYSTEM_GROUP_PROTECTED');
      expect(codeOf(await run(master, INSTANCES, { id: group.id, ids: ['bms'] }))).toBe('SYSTEM_GROUP_PROTECTED');
    }
    expect(codeOf(await run(master, MEMBERS, { id: allModules!.id, users: ['morgan'] }))).toBe('ROOT_MASTER_PROTECTED');
    expect((await run(master, MEMBERS, { id: allModules!.id, users: ['root', 'morgan'] })).body.data).toEqual({
      setAccessGroupMembers: { members: [{ id: 'morgan' }, { id: 'root' }] },
    });
    expect(await reach('morgan')).toMatchObject({ reachesAllModuleInstances: true });
  });

  it("refuses a plain user, and a Master of another company touching Acme's groups or asking what Acme's users reach", async () => {
    const [allModules] = await groups();
    const plain = session('casey', 'USER');
    expect(codeOf(await run(plain, GROUPS))).toBe('FORBIDDEN');
    expect(codeOf(await run(plain, CREATE, { name: 'Mine' }))).toBe('FORBIDDEN');
    const globexMaster = session('g-master', 'MASTER', 'globex');
    expect(codeOf(await run(globexMaster, MEMBERS, { id: allModules!.id, users: ['root', 'g-master'] }))).toBe('FORBIDDEN');
    expect((await groups(globexMaster)).map((group) => group.name)).toEqual(['All modules', 'No access']);
    expect(await reach('casey', globexMaster)).toEqual({ accessGroups: [], reachesAllModuleInstances: false, reachableModuleInstanceIds: [] });
  });
});
