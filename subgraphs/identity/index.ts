import { runSubgraph } from '@lanyard/core/runSubgraph';
import { loadIdentityKeys } from './identityKeys.ts';
import { createIdentitySubgraph } from './service.ts';

runSubgraph('identity', async (settings) => createIdentitySubgraph(settings, await loadIdentityKeys(settings)));
