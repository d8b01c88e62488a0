import { and, eq, sql } from 'drizzle-orm';
import type { LibSQLDatabase } from 'drizzle-orm/libsql';
import type * as schema from './schema.ts';
import { users, type UserRow } from './schema.ts';

export type IdentityDatabase = LibSQLDatabase<typeof schema>;

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
export async function insertUserIfAbsent(db: IdentityDatabase, user: UserRow): Promise<void> {
  await db.insert(users).values(user).onConflictDoNothing({ target: users.id });
}

/**
 * Stores a new argon2id hash as the user's password. Only completing sign-up or a password reset with
 * a valid link calls it; the hash must come from hashPassword.
 */
export async function setPasswordHash(db: IdentityDatabase, userId: string, passwordHash: string): Promise<void> {
  await db.update(users).set({ passwordHash }).where(eq(users.id, userId));
}
