import { assembleSubgraph, type SubgraphSettings } from '@lanyard/core/subgraphService';
import { openTenancyDatabase } from './db/database.ts';
import { tenancyResolvers } from './graphql/resolvers.ts';

export async function createTenancySubgraph(settings: SubgraphSettings) {
  const database = await openTenancyDatabase(settings.databaseUrl, settings.databaseAuthToken);
  return assembleSubgraph('tenancy', database, tenancyResolvers(database.db), settings);
}
