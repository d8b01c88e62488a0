import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraphUnderTest } from '@lanyard/core/testing/serviceUnderTest';
import { insertCompanyIfAbsent, insertMembershipIfAbsent } from './db/tenancyStore.ts';
import { createTenancySubgraph } from './service.ts';

const entities = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on User { id role company { id name } } } }`;

describe('tenancy subgraph', () => {
  let subgraph: Awaited<ReturnType<typeof startSubgraphUnderTest<Awaited<ReturnType<typeof createTenancySubgraph>>>>>;
  const acme = { scope: 'session' as const, userId: 'user-1', companyId: 'acme' };

  beforeAll(async () => {
    subgraph = await startSubgraphUnderTest(createTenancySubgraph);
    const db = subgraph.service.db;
    const createdAt = new Date();
    await insertCompanyIfAbsent(db, { id: 'acme', name: 'Acme MSP', nameNormalized: 'acme msp', createdAt });
    await insertCompanyIfAbsent(db, { id: 'globex', name: 'Globex', nameNormalized: 'globex', createdAt });
    await insertMembershipIfAbsent(db, { userId: 'user-1', companyId: 'acme', role: 'ROOT_MASTER', createdAt });
    await insertMembershipIfAbsent(db, { userId: 'user-2', companyId: 'globex', role: 'USER', createdAt });
  });
  afterAll(() => subgraph.stop());

  it('gives a user their company and role', async () => {
    const answer = await subgraph.query(acme, entities, { r: [{ __typename: 'User', id: 'user-1' }] });
    expect(answer.body.data).toEqual({
      _entities: [{ id: 'user-1', role: 'ROOT_MASTER', company: { id: 'acme', name: 'Acme MSP' } }],
    });
  });

  it('shows nothing of another company', async () => {
    const answer = await subgraph.query(acme, entities, { r: [{ __typename: 'User', id: 'user-2' }] });
    expect(answer.body.data).toEqual({ _entities: [null] });
  });

  it('resolves a company name for the edge, ignoring case and extra spaces, and only for the edge', async () => {
    const lookup = `query ($name: String!) { companyIdForSignIn(name: $name) }`;
    expect((await subgraph.query({ scope: 'edge' }, lookup, { name: '  ACME   msp ' })).body.data).toEqual({
      companyIdForSignIn: 'acme',
    });
    expect((await subgraph.query({ scope: 'edge' }, lookup, { name: 'Initech' })).body.data).toEqual({
      companyIdForSignIn: null,
    });
    const browser = await subgraph.query({ scope: 'anonymous' }, lookup, { name: 'Acme MSP' });
    expect(browser.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('names the companies among some ids for the edge, sorted, skipping unknown ids, and only for the edge', async () => {
    const names = `query ($ids: [ID!]!) { companyNames(ids: $ids) }`;
    expect((await subgraph.query({ scope: 'edge' }, names, { ids: ['globex', 'nobody', 'acme', 'acme'] })).body.data).toEqual({
      companyNames: ['Acme MSP', 'Globex'],
    });
    expect((await subgraph.query({ scope: 'edge' }, names, { ids: [] })).body.data).toEqual({ companyNames: [] });
    for (const principal of [acme, { scope: 'anonymous' as const }]) {
      const refused = await subgraph.query(principal, names, { ids: ['acme'] });
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('reports its database in its health check', async () => {
    expect(await subgraph.service.health()).toEqual({ database: 'ok' });
  });
});
