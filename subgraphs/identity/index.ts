import { runSubgraph } from '@lanyard/core/runSubgraph';
import { createIdentitySubgraph } from './service.ts';

runSubgraph('identity', createIdentitySubgraph);
