import { createSecretBox } from '@lanyard/core/secretBox';
import { assembleSubgraph, type SubgraphSettings } from '@lanyard/core/subgraphService';
import { openModulesDatabase } from './db/database.ts';
import { modulesResolvers } from './graphql/resolvers.ts';
import type { ModulesKeys } from './modulesKeys.ts';
import { createAccountProvisioner } from './scim/accountProvisioning.ts';

/** `options.scimTimeoutMs`: how long a module's SCIM endpoint may take (tests shorten it). */
export async function createModulesSubgraph(settings: SubgraphSettings, keys: ModulesKeys, options: { scimTimeoutMs?: number } = {}) {
  const database = await openModulesDatabase(settings.databaseUrl, settings.databaseAuthToken);
  const secretBox = createSecretBox(keys.provisioningTokenKey);
  const provisioner = createAccountProvisioner({ db: database.db, secretBox, scimTimeoutMs: options.scimTimeoutMs });
  return assembleSubgraph('modules', database, modulesResolvers(database.db, { secretBox, provisioner }), settings);
}
