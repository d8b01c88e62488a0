import { assembleSubgraph, type SubgraphSettings } from '@lanyard/core/subgraphService';
import { openIdentityDatabase } from './db/database.ts';
import { createRecoveryCodeHasher } from './domain/recoveryCodes.ts';
import { createSecretBox } from './domain/secretBox.ts';
import type { IdentityMail } from './graphql/recoveryResolvers.ts';
import { identityResolvers } from './graphql/resolvers.ts';
import type { IdentityKeys } from './identityKeys.ts';

export type { IdentityMail } from './graphql/recoveryResolvers.ts';

/** `mail`: where account mail (password reset, reminders) goes, and the public origin its links use. */
export async function createIdentitySubgraph(settings: SubgraphSettings, keys: IdentityKeys, mail: IdentityMail) {
  const database = await openIdentityDatabase(settings.databaseUrl, settings.databaseAuthToken);
  const resolvers = identityResolvers({
    db: database.db,
    secretBox: createSecretBox(keys.totpEncryptionKey),
    recoveryCodeHasher: createRecoveryCodeHasher(keys.recoveryCodeKey),
    mail,
  });
  return assembleSubgraph('identity', database, resolvers, settings);
}
