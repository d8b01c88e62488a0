import { randomUUID } from 'node:crypto';
import { DomainError, type FieldProblem } from '@lanyard/core/domainError';
import { requireMasterSession } from '@lanyard/core/requestContext';
import {
  deleteModuleInstance,
  findModuleInstanceById,
  findOidcClient,
  insertModuleInstance,
  replaceClientSecret,
  setUnifiedLogin,
  updateModuleInstance,
  type ModulesDatabase,
} from '../db/moduleInstanceStore.ts';
import { generateClientId, generateClientSecret, hashClientSecret } from '../domain/clientCredentials.ts';
import { checkModuleInstanceFields, type ModuleInstanceFields } from '../domain/moduleInstanceInput.ts';
import type { ModuleInstanceInput, MutationResolvers } from './generated.ts';
import { announceClientChange, instanceOfMaster } from './masterInstanceAccess.ts';

/**
 * Admin Settings → Modules: a Master's instances of the company's modules and how each integrates
 * through OpenID Connect. Masters are checked by the role their session carries; an instance of another
 * company and no instance answer alike.
 */
export function moduleAdministrationResolvers(db: ModulesDatabase, now: () => Date = () => new Date()): MutationResolvers {
  function checked(input: ModuleInstanceInput): ModuleInstanceFields {
    const { fields, problems } = checkModuleInstanceFields({
      moduleName: input.moduleName,
      instanceName: input.instanceName,
      baseUrl: input.baseUrl,
      landingPageUrl: input.landingPageUrl ?? null,
      localLoginUrl: input.localLoginUrl ?? null,
      iconUrl: input.iconUrl ?? null,
      redirectUris: input.redirectUris,
      postLogoutRedirectUris: input.postLogoutRedirectUris,
      backchannelLogoutUri: input.backchannelLogoutUri ?? null,
      initiateLoginUri: input.initiateLoginUri ?? null,
    });
    refuse(problems.map((problem) => ({ path: ['input', 'instance', ...problem.path], message: problem.message })));
    return fields;
  }

  return {
    async createModuleInstance(_parent, { input }, context) {
      const master = requireMasterSession(context);
      const fields = checked(input.instance);
      const at = now();
      const instanceId = randomUUID();
      const clientSecret = input.clientType === 'CONFIDENTIAL' ? generateClientSecret() : null;
      const columns = columnsOf(fields);
      await insertModuleInstance(
        db,
        { id: instanceId, companyId: master.companyId, ...columns.instance, unifiedLoginEnabled: true, createdAt: at },
        {
          instanceId,
          clientId: generateClientId(),
          clientType: input.clientType,
          secretHash: clientSecret ? hashClientSecret(clientSecret) : null,
          secretCreatedAt: clientSecret ? at : null,
          ...columns.client,
        },
      );
      return { instance: (await findModuleInstanceById(db, instanceId))!, clientSecret };
    },

    async updateModuleInstance(_parent, { input }, context) {
      const instance = await instanceOfMaster(db, context, input.id);
      await announceClientChange(db, context, instance.id);
      const fields = checked(input.instance);
      const columns = columnsOf(fields);
      await updateModuleInstance(db, instance.id, columns.instance, columns.client);
      return (await findModuleInstanceById(db, instance.id))!;
    },

    async setUnifiedLogin(_parent, { instanceId, enabled }, context) {
      const instance = await instanceOfMaster(db, context, instanceId);
      await announceClientChange(db, context, instance.id);
      await setUnifiedLogin(db, instance.id, enabled);
      return (await findModuleInstanceById(db, instance.id))!;
    },

    async rotateClientSecret(_parent, { instanceId }, context) {
      const instance = await instanceOfMaster(db, context, instanceId);
      const client = await findOidcClient(db, instance.id);
      if (client?.clientType !== 'CONFIDENTIAL') {
        refuse([{ path: ['instanceId'], message: 'A public client has no secret: it signs in with PKCE alone.' }]);
      }
      const clientSecret = generateClientSecret();
      await replaceClientSecret(db, instance.id, hashClientSecret(clientSecret), now());
      await announceClientChange(db, context, instance.id);
      return { instance, clientSecret };
    },

    async deleteModuleInstance(_parent, { instanceId }, context) {
      const instance = await instanceOfMaster(db, context, instanceId);
      await announceClientChange(db, context, instance.id);
      await deleteModuleInstance(db, instance.id);
      return instance.id;
    },
  };
}

/** Checked fields split by the table that keeps them: what My Modules shows, and how the client signs in. */
function columnsOf(fields: ModuleInstanceFields) {
  const { redirectUris, postLogoutRedirectUris, backchannelLogoutUri, initiateLoginUri, ...instance } = fields;
  return { instance, client: { redirectUris, postLogoutRedirectUris, backchannelLogoutUri, initiateLoginUri } };
}

function refuse(problems: FieldProblem[]): void {
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', undefined, { fields: problems });
}
