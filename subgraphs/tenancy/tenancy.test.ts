import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraphUnderTest } from '@lanyard/core/testing/serviceUnderTest';
import { insertCompanyIfAbsent } from './db/tenancyStore.ts';
import { createTenancySubgraph } from './service.ts';

const entities = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Company { id name } } }`;

describe('tenancy subgraph', () => {
  let subgraph: Awaited<ReturnType<typeof startSubgraphUnderTest<Awaited<ReturnType<typeof createTenancySubgraph>>>>>;
  const acme = { scope: 'session' as const, userId: 'user-1', companyId: 'acme' , companyName: 'Acme MSP', role: 'USER' as const };

  beforeAll(async () => {
    subgraph = await startSubgraphUnderTest(createTenancySubgraph);
    const db = subgraph.service.db;
    const createdAt = new Date();
    await insertCompanyIfAbsent(db, { id: 'acme', name: 'Acme MSP', nameNormalized: 'acme msp', createdAt });
    await insertCompanyIfAbsent(db, { id: 'globex', name: 'Globex', nameNormalized: 'globex', createdAt });
  });
  afterAll(() => subgraph.stop());

  it("gives a signed-in user their own company's name", async () => {
    const answer = await subgraph.query(acme, entities, { r: [{ __typename: 'Company', id: 'acme' }] });
    expect(answer.body.data).toEqual({ _entities: [{ id: 'acme', name: 'Acme MSP' }] });
  });

  it('shows nothing of another company', async () => {
    const answer = await subgraph.query(acme, entities, { r: [{ __typename: 'Company', id: 'globex' }] });
    expect(answer.body.data).toEqual({ _entities: [null] });
  });

  it('finds a company by name for the edge, with its own spelling, ignoring case and extra spaces, and only for the edge', async () => {
    const lookup = `query ($name: String!) { companyForSignIn(name: $name) { id name } }`;
    expect((await subgraph.query({ scope: 'edge' }, lookup, { name: '  ACME   msp ' })).body.data).toEqual({
      companyForSignIn: { id: 'acme', name: 'Acme MSP' },
    });
    expect((await subgraph.query({ scope: 'edge' }, lookup, { name: 'Initech' })).body.data).toEqual({
      companyForSignIn: null,
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
