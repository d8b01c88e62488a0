import { and, eq } from 'drizzle-orm';
import type { ModulesDatabase } from './moduleInstanceStore.ts';
import {
  moduleAccountLinks,
  moduleProvisioning,
  type ModuleAccountLinkRow,
  type ModuleProvisioningRow,
} from './schema.ts';

/** Provisioning settings and account links of module instances (see schema.ts). */

export function findProvisioning(db: ModulesDatabase, instanceId: string): Promise<ModuleProvisioningRow | undefined> {
  return db.query.moduleProvisioning.findFirst({ where: eq(moduleProvisioning.instanceId, instanceId) });
}

/** Saves an instance's settings; a null `scimTokenSealed` keeps the saved token. */
export async function saveProvisioning(
  db: ModulesDatabase,
  row: Omit<ModuleProvisioningRow, 'scimTokenSealed' | 'scimTokenSetAt'> & { scimTokenSealed: string | null; scimTokenSetAt: Date | null },
): Promise<void> {
  const { instanceId: _instanceId, scimTokenSealed, scimTokenSetAt, ...settings } = row;
  const token = scimTokenSealed === null ? {} : { scimTokenSealed, scimTokenSetAt };
  await db
    .insert(moduleProvisioning)
    .values(row)
    .onConflictDoUpdate({ target: moduleProvisioning.instanceId, set: { ...settings, ...token } });
}

export function findAccountLink(db: ModulesDatabase, instanceId: string, userId: string): Promise<ModuleAccountLinkRow | undefined> {
  return db.query.moduleAccountLinks.findFirst({
    where: and(eq(moduleAccountLinks.instanceId, instanceId), eq(moduleAccountLinks.userId, userId)),
  });
}

/**
 * Links the user to the module account unless a link of this user, or of this account, exists
 * already (the unique indexes decide, so two concurrent links cannot both be made). Answers the user's
 * link as it now stands, or undefined when the account is another user's.
 */
export async function linkModuleAccount(db: ModulesDatabase, link: ModuleAccountLinkRow): Promise<ModuleAccountLinkRow | undefined> {
  await db.insert(moduleAccountLinks).values(link).onConflictDoNothing();
  return findAccountLink(db, link.instanceId, link.userId);
}
