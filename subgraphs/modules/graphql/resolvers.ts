import { mayReadCompany } from '@lanyard/core/requestContext';
import {
  findModuleInstanceById,
  listModuleInstancesOfCompany,
  type ModulesDatabase,
} from '../db/moduleInstanceStore.ts';
import { compareModuleInstances } from '../domain/moduleOrder.ts';
import type { Resolvers } from './generated.ts';

export function modulesResolvers(db: ModulesDatabase): Resolvers {
  return {
    ModuleInstance: {
      async __resolveReference(reference, context) {
        const instance = await findModuleInstanceById(db, reference.id);
        return instance && mayReadCompany(context, instance.companyId) ? instance : null;
      },
    },
    User: {
      // Until access groups exist, a user reaches every instance of their own company; the company
      // comes from tenancy through @requires, so this subgraph never stores who belongs where.
      async modules(user, _args, context) {
        const companyId = user.company?.id;
        if (!companyId || !mayReadCompany(context, companyId)) return [];
        const instances = await listModuleInstancesOfCompany(db, companyId);
        return instances.sort(compareModuleInstances);
      },
    },
  };
}
