import { assembleSubgraph, type SubgraphSettings } from '@lanyard/core/subgraphService';
import { openModulesDatabase } from './db/database.ts';
import { modulesResolvers } from './graphql/resolvers.ts';

export async function createModulesSubgraph(settings: SubgraphSettings) {
  const database = await openModulesDatabase(settings.databaseUrl, settings.databaseAuthToken);
  return assembleSubgraph('modules', database, modulesResolvers(database.db), settings);
}
