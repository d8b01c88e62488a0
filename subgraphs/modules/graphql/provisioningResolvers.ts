import { DomainError, type FieldProblem } from '@lanyard/core/domainError';
import { requireEdge, type RequestContext } from '@lanyard/core/requestContext';
import { isMaster } from '@lanyard/core/role';
import type { SecretBox } from '@lanyard/core/secretBox';
import type { ModulesDatabase } from '../db/moduleInstanceStore.ts';
import { findProvisioning, saveProvisioning } from '../db/moduleProvisioningStore.ts';
import type { ModuleInstanceRow, ModuleProvisioningRow } from '../db/schema.ts';
import { checkProvisioningSettings } from '../domain/provisioningSettings.ts';
import type { AccountProvisioner } from '../scim/accountProvisioning.ts';
import type { ModuleProvisioning, MutationResolvers } from './generated.ts';
import { announceClientChange, instanceOfMaster } from './masterInstanceAccess.ts';

/**
 * Automatic user provisioning over GraphQL: a Master's settings of an instance (the SCIM token only
 * ever goes in), and the edge's step at a sign-in that links, or creates, the user's module account.
 */
export function provisioningMutations(deps: {
  db: ModulesDatabase;
  secretBox: SecretBox;
  provisioner: AccountProvisioner;
  now?: () => Date;
}): Pick<MutationResolvers, 'setModuleProvisioning' | 'provisionModuleAccountForEdge'> {
  const { db, secretBox, provisioner } = deps;
  const now = deps.now ?? (() => new Date());

  return {
    async setModuleProvisioning(_parent, { input }, context) {
      const instance = await instanceOfMaster(db, context, input.instanceId);
      const saved = await findProvisioning(db, instance.id);
      const { settings, newToken, problems } = checkProvisioningSettings(
        {
          enabled: input.enabled,
          scimBaseUrl: input.scimBaseUrl ?? null,
          scimToken: input.scimToken ?? null,
          defaultRole: input.defaultRole ?? null,
          masterRole: input.masterRole ?? null,
          userRole: input.userRole ?? null,
        },
        { scimBaseUrl: saved?.scimBaseUrl ?? null, tokenSet: Boolean(saved?.scimTokenSealed) },
      );
      refuse(problems.map((problem): FieldProblem => ({ path: ['input', ...problem.path], message: problem.message })));
      // The edge's copy of the client says whether to provision: it is dropped before the Master hears.
      await announceClientChange(db, context, instance.id);
      const at = now();
      await saveProvisioning(db, {
        instanceId: instance.id,
        ...settings,
        scimTokenSealed: newToken === null ? null : secretBox.seal(newToken, instance.id),
        scimTokenSetAt: newToken === null ? null : at,
        updatedAt: at,
      });
      return instance;
    },

    async provisionModuleAccountForEdge(_parent, { instanceId, user }, context) {
      requireEdge(context);
      const provisioned = await provisioner.provision(instanceId, {
        id: user.id,
        username: user.username,
        email: user.email,
        displayName: user.displayName,
        role: user.role,
      });
      if (!provisioned) return null;
      const { link, outcome } = provisioned;
      return {
        instanceId: link.instanceId,
        userId: link.userId,
        moduleAccountId: link.moduleAccountId,
        createdAt: link.createdAt.toISOString(),
        outcome,
      };
    },
  };
}

/** ModuleInstance.provisioning: what a Master of the instance's company sees; the token never. */
export async function provisioningOfInstance(
  db: ModulesDatabase,
  instance: ModuleInstanceRow,
  context: RequestContext,
): Promise<ModuleProvisioning | null> {
  const { principal } = context;
  const master = principal.scope === 'session' && isMaster(principal.role) && principal.companyId === instance.companyId;
  if (!master) return null;
  return provisioningView(await findProvisioning(db, instance.id));
}

function provisioningView(row: ModuleProvisioningRow | undefined): ModuleProvisioning {
  return {
    enabled: row?.enabled ?? false,
    scimBaseUrl: row?.scimBaseUrl ?? null,
    scimTokenSet: Boolean(row?.scimTokenSealed),
    scimTokenSetAt: row?.scimTokenSealed ? (row.scimTokenSetAt?.toISOString() ?? null) : null,
    defaultRole: row?.defaultRole ?? null,
    masterRole: row?.masterRole ?? null,
    userRole: row?.userRole ?? null,
  };
}

/** Whether the edge provisions at a sign-in to the instance. */
export async function provisioningEnabled(db: ModulesDatabase, instanceId: string): Promise<boolean> {
  return (await findProvisioning(db, instanceId))?.enabled ?? false;
}

function refuse(problems: FieldProblem[]): void {
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', undefined, { fields: problems });
}
