import { mayReadCompany, requireMasterSession } from '@lanyard/core/requestContext';
import {
  findModuleInstanceById,
  listModuleInstancesOfCompany,
  type ModulesDatabase,
} from '../db/moduleInstanceStore.ts';
import { compareModuleInstances } from '../domain/moduleOrder.ts';
import type { Resolvers } from './generated.ts';

export function modulesResolvers(db: ModulesDatabase): Resolvers {
  return {
    Query: {
      async companyModuleInstances(_parent, _args, context) {
        const master = requireMasterSession(context);
        return (await listModuleInstancesOfCompany(db, master.companyId)).sort(compareModuleInstances);
      },
    },
    ModuleInstance: {
      async __resolveReference(reference, context) {
        const instance = await findModuleInstanceById(db, reference.id);
        return instance && mayReadCompany(context, instance.companyId) ? instance : null;
      },
    },
    User: {
      // What the user reaches comes from tenancy's access groups through @requires, so this subgraph
      // never stores who belongs where; it only keeps what it lists inside the user's own company.
      async modules(user, _args, context) {
        const companyId = user.company?.id;
        if (!companyId || !mayReadCompany(context, companyId)) return [];
        const instances = await listModuleInstancesOfCompany(db, companyId);
        const reachable = new Set(user.reachableModuleInstanceIds ?? []);
        const reached = user.reachesAllModuleInstances ? instances : instances.filter((instance) => reachable.has(instance.id));
        return reached.sort(compareModuleInstances);
      },
    },
  };
}
