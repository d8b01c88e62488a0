import { mayReadCompany, requireMasterSession } from '@lanyard/core/requestContext';
import { isMaster } from '@lanyard/core/role';
import {
  findModuleInstanceById,
  findOidcClient,
  listModuleInstancesOfCompany,
  type ModulesDatabase,
} from '../db/moduleInstanceStore.ts';
import { compareModuleInstances } from '../domain/moduleOrder.ts';
import type { Resolvers } from './generated.ts';
import { moduleAdministrationResolvers } from './moduleAdministrationResolvers.ts';

export function modulesResolvers(db: ModulesDatabase): Resolvers {
  return {
    Mutation: moduleAdministrationResolvers(db),
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
      landingPageUrl: (instance) => instance.landingPageUrl ?? instance.baseUrl,
      localLoginUrl: (instance) => instance.localLoginUrl ?? instance.baseUrl,
      async oidcClient(instance, _args, context) {
        const { principal } = context;
        const master = principal.scope === 'session' && isMaster(principal.role) && principal.companyId === instance.companyId;
        if (!master) return null;
        const client = await findOidcClient(db, instance.id);
        if (!client) return null;
        return {
          clientId: client.clientId,
          clientType: client.clientType,
          redirectUris: client.redirectUris,
          postLogoutRedirectUris: client.postLogoutRedirectUris,
          backchannelLogoutUri: client.backchannelLogoutUri,
          secretCreatedAt: client.secretCreatedAt?.toISOString() ?? null,
        };
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
