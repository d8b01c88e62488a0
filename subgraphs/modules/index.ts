import { runSubgraph } from '@lanyard/core/runSubgraph';
import { createModulesSubgraph } from './service.ts';

runSubgraph('modules', createModulesSubgraph);
