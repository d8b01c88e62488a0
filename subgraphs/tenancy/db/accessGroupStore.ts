import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { isUniqueViolation } from '@lanyard/core/uniqueViolation';
import { normalizeAccessGroupName } from '@lanyard/core/accessGroupName';
import { SYSTEM_GROUP_NAMES, systemGroupId, type AccessGroupKind } from '../domain/accessGroup.ts';
import { accessGroupInstances, accessGroupMembers, accessGroups, companies, type AccessGroupRow } from './schema.ts';
import type { TenancyDatabase } from './tenancyStore.ts';

/**
 * Access groups and what they hold. The system groups are made sure of whenever a company's groups are
 * read or changed: their fixed ids make that idempotent, and the Root Master is put into All modules at
 * the same time, so the rule "the Root Master always belongs to All modules" needs no separate step.
 */

const KIND_ORDER: Record<AccessGroupKind, number> = { ALL_MODULES: 0, NO_ACCESS: 1, CUSTOM: 2 };

export async function ensureSystemGroups(db: TenancyDatabase, companyId: string, now: Date): Promise<void> {
  const company = await db.query.companies.findFirst({ where: eq(companies.id, companyId) });
  if (!company) return;
  const allModules = systemGroupId(companyId, 'ALL_MODULES');
  const systemGroup = (kind: 'ALL_MODULES' | 'NO_ACCESS') =>
    db
      .insert(accessGroups)
      .values({
        id: systemGroupId(companyId, kind),
        companyId,
        name: SYSTEM_GROUP_NAMES[kind],
        nameNormalized: normalizeAccessGroupName(SYSTEM_GROUP_NAMES[kind]),
        kind,
        active: true,
        createdAt: now,
      })
      .onConflictDoNothing();
  const rootMaster = company.rootMasterUserId
    ? [db.insert(accessGroupMembers).values({ groupId: allModules, userId: company.rootMasterUserId }).onConflictDoNothing()]
    : [];
  await db.batch([systemGroup('ALL_MODULES'), systemGroup('NO_ACCESS'), ...rootMaster]);
}

export async function listAccessGroups(db: TenancyDatabase, companyId: string): Promise<AccessGroupRow[]> {
  const rows = await db.select().from(accessGroups).where(eq(accessGroups.companyId, companyId)).orderBy(asc(accessGroups.nameNormalized));
  return rows.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

export function findAccessGroup(db: TenancyDatabase, groupId: string): Promise<AccessGroupRow | undefined> {
  return db.query.accessGroups.findFirst({ where: eq(accessGroups.id, groupId) });
}

export async function memberIdsOf(db: TenancyDatabase, groupId: string): Promise<string[]> {
  const rows = await db.select({ userId: accessGroupMembers.userId }).from(accessGroupMembers).where(eq(accessGroupMembers.groupId, groupId));
  return rows.map((row) => row.userId).sort();
}

export async function instanceIdsOf(db: TenancyDatabase, groupId: string): Promise<string[]> {
  const rows = await db
    .select({ instanceId: accessGroupInstances.instanceId })
    .from(accessGroupInstances)
    .where(eq(accessGroupInstances.groupId, groupId));
  return rows.map((row) => row.instanceId).sort();
}

/** A new custom group; undefined when the company already has a group of that name (any case). */
export async function insertCustomGroup(
  db: TenancyDatabase,
  group: { companyId: string; name: string; now: Date },
): Promise<AccessGroupRow | undefined> {
  const row: AccessGroupRow = {
    id: randomUUID(),
    companyId: group.companyId,
    name: group.name,
    nameNormalized: normalizeAccessGroupName(group.name),
    kind: 'CUSTOM',
    active: true,
    createdAt: group.now,
  };
  const result = await db.insert(accessGroups).values(row).onConflictDoNothing();
  return result.rowsAffected === 1 ? row : undefined;
}

/** Renames a custom group; false when another group of the company has that name. */
export async function renameGroup(db: TenancyDatabase, groupId: string, name: string): Promise<boolean> {
  try {
    await db
      .update(accessGroups)
      .set({ name, nameNormalized: normalizeAccessGroupName(name) })
      .where(and(eq(accessGroups.id, groupId), eq(accessGroups.kind, 'CUSTOM')));
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

export async function setGroupActive(db: TenancyDatabase, groupId: string, active: boolean): Promise<void> {
  await db.update(accessGroups).set({ active }).where(and(eq(accessGroups.id, groupId), eq(accessGroups.kind, 'CUSTOM')));
}

/** Deletes a custom group; its members and instances go with it (foreign keys cascade). */
export async function deleteCustomGroup(db: TenancyDatabase, groupId: string): Promise<void> {
  await db.delete(accessGroups).where(and(eq(accessGroups.id, groupId), eq(accessGroups.kind, 'CUSTOM')));
}

/** Replaces the group's members in one transaction. */
export async function replaceMembers(db: TenancyDatabase, groupId: string, userIds: readonly string[]): Promise<void> {
  const unique = [...new Set(userIds)];
  await db.batch([
    db.delete(accessGroupMembers).where(eq(accessGroupMembers.groupId, groupId)),
    ...unique.map((userId) => db.insert(accessGroupMembers).values({ groupId, userId })),
  ]);
}

/** Replaces the instances of a custom group in one transaction. */
export async function replaceInstances(db: TenancyDatabase, groupId: string, instanceIds: readonly string[]): Promise<void> {
  const unique = [...new Set(instanceIds)];
  await db.batch([
    db.delete(accessGroupInstances).where(eq(accessGroupInstances.groupId, groupId)),
    ...unique.map((instanceId) => db.insert(accessGroupInstances).values({ groupId, instanceId })),
  ]);
}

/** The groups a user belongs to, with what each holds, for computing what the user reaches. */
export async function groupsOfUser(
  db: TenancyDatabase,
  userId: string,
): Promise<(AccessGroupRow & { instanceIds: string[] })[]> {
  const memberships = await db
    .select({ group: accessGroups })
    .from(accessGroupMembers)
    .innerJoin(accessGroups, eq(accessGroups.id, accessGroupMembers.groupId))
    .where(eq(accessGroupMembers.userId, userId));
  const groups = memberships.map((row) => row.group);
  // A Root Master whose company's groups were never read yet is still in All modules.
  const rootOf = await db.query.companies.findFirst({ where: eq(companies.rootMasterUserId, userId) });
  if (rootOf && !groups.some((group) => group.kind === 'ALL_MODULES')) {
    groups.push({
      id: systemGroupId(rootOf.id, 'ALL_MODULES'),
      companyId: rootOf.id,
      name: SYSTEM_GROUP_NAMES.ALL_MODULES,
      nameNormalized: normalizeAccessGroupName(SYSTEM_GROUP_NAMES.ALL_MODULES),
      kind: 'ALL_MODULES',
      active: true,
      createdAt: rootOf.createdAt,
    });
  }
  const customIds = groups.filter((group) => group.kind === 'CUSTOM').map((group) => group.id);
  const instances =
    customIds.length === 0
      ? []
      : await db.select().from(accessGroupInstances).where(inArray(accessGroupInstances.groupId, customIds));
  return groups.map((group) => ({
    ...group,
    instanceIds: instances.filter((row) => row.groupId === group.id).map((row) => row.instanceId),
  }));
}

/** Seeding is idempotent: a group, member or instance that exists already is left as it is. */
export async function seedAccessGroup(
  db: TenancyDatabase,
  seed: { group: AccessGroupRow | undefined; groupId: string; memberIds: readonly string[]; instanceIds: readonly string[] },
): Promise<void> {
  if (seed.group) await db.insert(accessGroups).values(seed.group).onConflictDoNothing();
  for (const userId of seed.memberIds) {
    await db.insert(accessGroupMembers).values({ groupId: seed.groupId, userId }).onConflictDoNothing();
  }
  for (const instanceId of seed.instanceIds) {
    await db.insert(accessGroupInstances).values({ groupId: seed.groupId, instanceId }).onConflictDoNothing();
  }
}
