import { runSubgraph } from '@lanyard/core/runSubgraph';
import { createTenancySubgraph } from './service.ts';

runSubgraph('tenancy', createTenancySubgraph);
