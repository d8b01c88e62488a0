import { fileURLToPath } from 'node:url';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { RequestContext } from '@lanyard/core/requestContext';
import { createSubgraphApollo } from '@lanyard/core/subgraphServer';
import type { SubgraphService, SubgraphSettings } from '@lanyard/core/subgraphService';
import { openIdentityDatabase } from './db/database.ts';
import type { IdentityDatabase } from './db/userStore.ts';
import { identityResolvers } from './graphql/resolvers.ts';

export interface IdentitySubgraph extends SubgraphService {
  db: IdentityDatabase;
}

export async function createIdentitySubgraph(settings: SubgraphSettings): Promise<IdentitySubgraph> {
  const database = await openIdentityDatabase(settings.databaseUrl, settings.databaseAuthToken);
  const apollo = createSubgraphApollo({
    sdlPath: fileURLToPath(new URL('../../schema/identity.graphql', import.meta.url)),
    resolvers: identityResolvers(database.db) as GraphQLResolverMap<RequestContext>,
    introspection: settings.introspection,
  });
  return {
    db: database.db,
    apollo,
    health: async () => ({ database: await database.check() }),
    close: database.close,
  };
}
