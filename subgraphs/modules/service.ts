import { fileURLToPath } from 'node:url';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { RequestContext } from '@lanyard/core/requestContext';
import { createSubgraphApollo } from '@lanyard/core/subgraphServer';
import type { SubgraphService, SubgraphSettings } from '@lanyard/core/subgraphService';
import { openModulesDatabase } from './db/database.ts';
import type { ModulesDatabase } from './db/moduleInstanceStore.ts';
import { modulesResolvers } from './graphql/resolvers.ts';

export interface ModulesSubgraph extends SubgraphService {
  db: ModulesDatabase;
}

export async function createModulesSubgraph(settings: SubgraphSettings): Promise<ModulesSubgraph> {
  const database = await openModulesDatabase(settings.databaseUrl, settings.databaseAuthToken);
  const apollo = createSubgraphApollo({
    sdlPath: fileURLToPath(new URL('../../schema/modules.graphql', import.meta.url)),
    resolvers: modulesResolvers(database.db) as GraphQLResolverMap<RequestContext>,
    introspection: settings.introspection,
  });
  return {
    db: database.db,
    apollo,
    health: async () => ({ database: await database.check() }),
    close: database.close,
  };
}
