import { and, eq, sql } from 'drizzle-orm';
import type { LibSQLDatabase } from 'drizzle-orm/libsql';
import type * as schema from './schema.ts';
import { users, type NewUserRow, type UserRow } from './schema.ts';

export type IdentityDatabase = LibSQLDatabase<typeof schema>;
/** The handle inside db.transaction(): the same queries, committed or rolled back together. */
export type IdentityTransaction = Parameters<Parameters<IdentityDatabase['transaction']>[0]>[0];

export async function findUserById(db: IdentityDatabase, id: string): Promise<UserRow | undefined> {
  return db.query.users.findFirst({ where: eq(users.id, id) });
}

export async function findUserByUsername(
  db: IdentityDatabase,
  companyId: string,
  usernameNormalized: string,
): Promise<UserRow | undefined> {
  return db.query.users.findFirst({
    where: and(eq(users.companyId, companyId), eq(users.usernameNormalized, usernameNormalized)),
  });
}

/** The companies in which a user has this email address, compared without case or surrounding spaces. */
export async function companyIdsForEmail(db: IdentityDatabase, email: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ companyId: users.companyId })
    .from(users)
    .where(sql`lower(trim(${users.email})) = ${email.trim().toLowerCase()}`)
    .orderBy(users.companyId);
  return rows.map((row) => row.companyId);
}

/** Inserts a user unless one with that id already exists (seeding is idempotent). */
export async function insertUserIfAbsent(db: IdentityDatabase, user: NewUserRow): Promise<void> {
  await db.insert(users).values(user).onConflictDoNothing({ target: users.id });
}

/**
 * Stores a new argon2id hash as the user's password; the first one also marks the user activated (their
 * invitation accepted). Only completing sign-up or a password reset with a valid link calls it; the hash
 * must come from hashPassword.
 */
export async function setPasswordHash(
  db: IdentityDatabase,
  userId: string,
  passwordHash: string,
  now: Date,
): Promise<void> {
  await db
    .update(users)
    .set({ passwordHash, activatedAt: sql`coalesce(${users.activatedAt}, ${now.getTime()})` })
    .where(eq(users.id, userId));
}
