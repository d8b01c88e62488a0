import { eq } from 'drizzle-orm';
import type { LibSQLDatabase } from 'drizzle-orm/libsql';
import type * as schema from './schema.ts';
import { moduleInstances, type ModuleInstanceRow } from './schema.ts';

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
export async function insertModuleInstanceIfAbsent(db: ModulesDatabase, row: ModuleInstanceRow): Promise<void> {
  await db.insert(moduleInstances).values(row).onConflictDoNothing();
}
