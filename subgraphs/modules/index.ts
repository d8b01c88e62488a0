import { runSubgraph } from '@lanyard/core/runSubgraph';
import { loadModulesKeys } from './modulesKeys.ts';
import { createModulesSubgraph } from './service.ts';

runSubgraph('modules', async (settings) => createModulesSubgraph(settings, await loadModulesKeys(settings)));
