import { fileURLToPath } from 'node:url';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { openDatabase } from '@lanyard/core/libsqlDatabase';
import type { RequestContext } from '@lanyard/core/requestContext';
import { createSubgraphApollo } from '@lanyard/core/subgraphServer';
import type { SubgraphService, SubgraphSettings } from '@lanyard/core/subgraphService';
import * as schema from './db/schema.ts';
import type { ModulesDatabase } from './db/moduleInstanceStore.ts';
import { modulesResolvers } from './graphql/resolvers.ts';

export interface ModulesSubgraph extends SubgraphService {
  db: ModulesDatabase;
}

export async function createModulesSubgraph(settings: SubgraphSettings): Promise<ModulesSubgraph> {
  const database = await openDatabase({
    url: settings.databaseUrl,
    authToken: settings.databaseAuthToken,
    schema,
    migrationsFolder: fileURLToPath(new URL('./db/migrations', import.meta.url)),
  });
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
