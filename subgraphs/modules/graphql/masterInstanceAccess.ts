import { DomainError } from '@lanyard/core/domainError';
import { requireMasterSession, type RequestContext } from '@lanyard/core/requestContext';
import { findModuleInstanceById, findOidcClient, type ModulesDatabase } from '../db/moduleInstanceStore.ts';
import type { ModuleInstanceRow } from '../db/schema.ts';

/**
 * What every Master's change to a module instance starts and ends with, whichever screen it comes from
 * (the instance itself, its provisioning).
 */

/** An instance of the Master's company; another company's instance and no instance answer alike. */
export async function instanceOfMaster(db: ModulesDatabase, context: RequestContext, instanceId: string): Promise<ModuleInstanceRow> {
  const master = requireMasterSession(context);
  const instance = await findModuleInstanceById(db, instanceId);
  if (!instance || instance.companyId !== master.companyId) {
    throw new DomainError('FORBIDDEN', 'You can manage only the module instances of your own company.');
  }
  return instance;
}

/** The edge drops its copy of the instance's client before the Master hears the change is made. */
export async function announceClientChange(db: ModulesDatabase, context: RequestContext, instanceId: string): Promise<void> {
  const client = await findOidcClient(db, instanceId);
  if (client) context.notices.clientsChangedOf.add(client.clientId);
}
