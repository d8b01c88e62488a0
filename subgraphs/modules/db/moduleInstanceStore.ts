import { eq } from 'drizzle-orm';
import type { LibSQLDatabase } from 'drizzle-orm/libsql';
import type * as schema from './schema.ts';
import {
  moduleInstances,
  oidcClients,
  type ModuleInstanceRow,
  type NewModuleInstanceRow,
  type OidcClientRow,
} from './schema.ts';

export type ModulesDatabase = LibSQLDatabase<typeof schema>;

export async function findModuleInstanceById(
  db: ModulesDatabase,
  id: string,
): Promise<ModuleInstanceRow | undefined> {
  return db.query.moduleInstances.findFirst({ where: eq(moduleInstances.id, id) });
}

export async function listModuleInstancesOfCompany(
  db: ModulesDatabase,
  companyId: string,
): Promise<ModuleInstanceRow[]> {
  return db.query.moduleInstances.findMany({ where: eq(moduleInstances.companyId, companyId) });
}

/** Seeding is idempotent: an instance that exists already is left as it is. */
export async function insertModuleInstanceIfAbsent(db: ModulesDatabase, row: NewModuleInstanceRow): Promise<void> {
  await db.insert(moduleInstances).values(row).onConflictDoNothing();
}

export function findOidcClient(db: ModulesDatabase, instanceId: string): Promise<OidcClientRow | undefined> {
  return db.query.oidcClients.findFirst({ where: eq(oidcClients.instanceId, instanceId) });
}

/** A new instance and its client, in one transaction. */
export async function insertModuleInstance(db: ModulesDatabase, instance: NewModuleInstanceRow, client: OidcClientRow): Promise<void> {
  await db.batch([db.insert(moduleInstances).values(instance), db.insert(oidcClients).values(client)]);
}

/** Changes what a Master may change of an instance and its client, in one transaction. */
export async function updateModuleInstance(
  db: ModulesDatabase,
  instanceId: string,
  instance: Pick<ModuleInstanceRow, 'moduleName' | 'instanceName' | 'baseUrl' | 'landingPageUrl' | 'localLoginUrl' | 'iconUrl'>,
  client: Pick<OidcClientRow, 'redirectUris' | 'postLogoutRedirectUris' | 'backchannelLogoutUri' | 'initiateLoginUri'>,
): Promise<void> {
  await db.batch([
    db.update(moduleInstances).set(instance).where(eq(moduleInstances.id, instanceId)),
    db.update(oidcClients).set(client).where(eq(oidcClients.instanceId, instanceId)),
  ]);
}

export async function setUnifiedLogin(db: ModulesDatabase, instanceId: string, enabled: boolean): Promise<void> {
  await db.update(moduleInstances).set({ unifiedLoginEnabled: enabled }).where(eq(moduleInstances.id, instanceId));
}

export async function replaceClientSecret(db: ModulesDatabase, instanceId: string, secretHash: string, now: Date): Promise<void> {
  await db.update(oidcClients).set({ secretHash, secretCreatedAt: now }).where(eq(oidcClients.instanceId, instanceId));
}

/** Deletes the instance; its client goes with it (foreign key cascade). */
export async function deleteModuleInstance(db: ModulesDatabase, instanceId: string): Promise<void> {
  await db.delete(moduleInstances).where(eq(moduleInstances.id, instanceId));
}

/** The client with this client_id and its instance, for the edge. */
export async function findClientWithInstance(
  db: ModulesDatabase,
  clientId: string,
): Promise<{ client: OidcClientRow; instance: ModuleInstanceRow } | undefined> {
  const [row] = await db
    .select({ client: oidcClients, instance: moduleInstances })
    .from(oidcClients)
    .innerJoin(moduleInstances, eq(moduleInstances.id, oidcClients.instanceId))
    .where(eq(oidcClients.clientId, clientId));
  return row;
}

/**
 * Demo only (`npm start`): an instance and its client as given, replacing what it had, since the demo
 * module's port and secret are chosen anew at every start.
 */
export async function saveDemoInstanceWithClient(db: ModulesDatabase, instance: NewModuleInstanceRow, client: OidcClientRow): Promise<void> {
  const { id: _id, ...instanceChanges } = instance;
  const { instanceId: _instanceId, ...clientChanges } = client;
  await db.batch([
    db.insert(moduleInstances).values(instance).onConflictDoUpdate({ target: moduleInstances.id, set: instanceChanges }),
    db.insert(oidcClients).values(client).onConflictDoUpdate({ target: oidcClients.instanceId, set: clientChanges }),
  ]);
}
