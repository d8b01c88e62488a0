import { fileURLToPath } from 'node:url';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { RequestContext } from '@lanyard/core/requestContext';
import { createSubgraphApollo } from '@lanyard/core/subgraphServer';
import type { SubgraphService, SubgraphSettings } from '@lanyard/core/subgraphService';
import { openTenancyDatabase } from './db/database.ts';
import type { TenancyDatabase } from './db/tenancyStore.ts';
import { tenancyResolvers } from './graphql/resolvers.ts';

export interface TenancySubgraph extends SubgraphService {
  db: TenancyDatabase;
}

export async function createTenancySubgraph(settings: SubgraphSettings): Promise<TenancySubgraph> {
  const database = await openTenancyDatabase(settings.databaseUrl, settings.databaseAuthToken);
  const apollo = createSubgraphApollo({
    sdlPath: fileURLToPath(new URL('../../schema/tenancy.graphql', import.meta.url)),
    resolvers: tenancyResolvers(database.db) as GraphQLResolverMap<RequestContext>,
    introspection: settings.introspection,
  });
  return {
    db: database.db,
    apollo,
    health: async () => ({ database: await database.check() }),
    close: database.close,
  };
}
