import { mayReadCompany, requireEdge, requireMasterSession } from '@lanyard/core/requestContext';
import { isMaster } from '@lanyard/core/role';
import {
  findClientWithInstance,
  findModuleInstanceById,
  findOidcClient,
  listModuleInstancesOfCompany,
  type ModulesDatabase,
} from '../db/moduleInstanceStore.ts';
import { compareModuleInstances } from '../domain/moduleOrder.ts';
import type { ModuleInstanceRow, OidcClientRow } from '../db/schema.ts';
import type { EdgeOidcClient, LaunchTarget, Resolvers } from './generated.ts';
import { moduleAdministrationResolvers } from './moduleAdministrationResolvers.ts';
import type { SecretBox } from '@lanyard/core/secretBox';
import type { AccountProvisioner } from '../scim/accountProvisioning.ts';
import { provisioningEnabled, provisioningMutations, provisioningOfInstance } from './provisioningResolvers.ts';

/** Where a My Modules link to the instance leads; `client` is the instance's OIDC client, if any. */
function launchTarget(instance: ModuleInstanceRow, client: OidcClientRow | undefined): Omit<LaunchTarget, '__typename'> {
  return {
    instanceId: instance.id,
    companyId: instance.companyId,
    moduleName: instance.moduleName,
    instanceName: instance.instanceName,
    unifiedLoginEnabled: instance.unifiedLoginEnabled,
    landingPageUrl: instance.landingPageUrl ?? instance.baseUrl,
    initiateLoginUri: client?.initiateLoginUri ?? null,
  };
}

/**
 * A client as the edge's OAuth endpoints need it: its credentials and URIs, its instance's launch
 * target, and whether a sign-in provisions the user's module account.
 */
function edgeClient(
  found: { client: OidcClientRow; instance: ModuleInstanceRow } | undefined,
  provisioningOn: boolean,
): EdgeOidcClient | null {
  if (!found) return null;
  const { client, instance } = found;
  return {
    ...launchTarget(instance, client),
    clientId: client.clientId,
    clientType: client.clientType,
    secretHash: client.secretHash,
    redirectUris: client.redirectUris,
    postLogoutRedirectUris: client.postLogoutRedirectUris,
    backchannelLogoutUri: client.backchannelLogoutUri,
    provisioningEnabled: provisioningOn,
  };
}

export function modulesResolvers(db: ModulesDatabase, provisioning: { secretBox: SecretBox; provisioner: AccountProvisioner }): Resolvers {
  return {
    Mutation: { ...moduleAdministrationResolvers(db), ...provisioningMutations({ db, ...provisioning }) },
    Query: {
      async oidcClientForEdge(_parent, { clientId }, context) {
        requireEdge(context);
        const found = await findClientWithInstance(db, clientId);
        return edgeClient(found, found ? await provisioningEnabled(db, found.instance.id) : false);
      },
      async launchTargetForEdge(_parent, { instanceId }, context) {
        requireEdge(context);
        const instance = await findModuleInstanceById(db, instanceId);
        if (!instance) return null;
        return launchTarget(instance, await findOidcClient(db, instance.id));
      },
      async launcherInstancesForEdge(_parent, { companyId }, context) {
        requireEdge(context);
        return (await listModuleInstancesOfCompany(db, companyId)).sort(compareModuleInstances);
      },
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
      provisioning: (instance, _args, context) => provisioningOfInstance(db, instance, context),
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
          initiateLoginUri: client.initiateLoginUri,
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
