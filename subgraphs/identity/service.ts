import { assembleSubgraph, type SubgraphSettings } from '@lanyard/core/subgraphService';
import { openIdentityDatabase } from './db/database.ts';
import { identityResolvers } from './graphql/resolvers.ts';

export async function createIdentitySubgraph(settings: SubgraphSettings) {
  const database = await openIdentityDatabase(settings.databaseUrl, settings.databaseAuthToken);
  return assembleSubgraph('identity', database, identityResolvers(database.db), settings);
}
