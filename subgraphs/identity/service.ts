import { assembleSubgraph, type SubgraphSettings } from '@lanyard/core/subgraphService';
import { openIdentityDatabase } from './db/database.ts';
import { createRecoveryCodeHasher } from './domain/recoveryCodes.ts';
import { createSecretBox } from './domain/secretBox.ts';
import { identityResolvers } from './graphql/resolvers.ts';
import type { IdentityKeys } from './identityKeys.ts';

export async function createIdentitySubgraph(settings: SubgraphSettings, keys: IdentityKeys) {
  const database = await openIdentityDatabase(settings.databaseUrl, settings.databaseAuthToken);
  const resolvers = identityResolvers({
    db: database.db,
    secretBox: createSecretBox(keys.totpEncryptionKey),
    recoveryCodeHasher: createRecoveryCodeHasher(keys.recoveryCodeKey),
  });
  return assembleSubgraph('identity', database, resolvers, settings);
}
