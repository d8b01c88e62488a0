import { and, asc, eq, isNull } from 'drizzle-orm';
import type { AssignableRole } from '@lanyard/core/role';
import { accountLinkIssue, type NewAccountLink } from './accountLinkStore.ts';
import { auditEventInsert, type AuditEntry } from './auditLogStore.ts';
import { totpCredentials, users, type NewUserRow, type UserRow } from './schema.ts';
import { secondFactorDeletion } from './secondFactorStore.ts';
import type { IdentityDatabase } from './userStore.ts';

/**
 * What a Master does to the users of their company. Each action is one batch, which libSQL runs as one
 * transaction: the change, its audit event and (where there is one) the new account link land together
 * or not at all. Authorization (who may do what to whom) is decided before, in the resolvers.
 */

/** A user as the admin users list sees them: with whether their authenticator is confirmed. */
export type AdministeredUser = UserRow & { secondFactorConfirmed: boolean };

const administeredColumns = {
  user: users,
  confirmedAt: totpCredentials.confirmedAt,
};

function toAdministered(row: { user: UserRow; confirmedAt: Date | null }): AdministeredUser {
  return { ...row.user, secondFactorConfirmed: row.confirmedAt != null };
}

/** Every user of the company, by normalized username. */
export async function listCompanyUsers(db: IdentityDatabase, companyId: string): Promise<AdministeredUser[]> {
  const rows = await db
    .select(administeredColumns)
    .from(users)
    .leftJoin(totpCredentials, eq(totpCredentials.userId, users.id))
    .where(eq(users.companyId, companyId))
    .orderBy(asc(users.usernameNormalized));
  return rows.map(toAdministered);
}

export async function findAdministeredUser(db: IdentityDatabase, userId: string): Promise<AdministeredUser | undefined> {
  const [row] = await db
    .select(administeredColumns)
    .from(users)
    .leftJoin(totpCredentials, eq(totpCredentials.userId, users.id))
    .where(eq(users.id, userId));
  return row && toAdministered(row);
}

/** A new invited user (no password), their sign-up link, and the audit event. */
export async function insertInvitedUser(
  db: IdentityDatabase,
  user: NewUserRow,
  link: NewAccountLink,
  audit: AuditEntry,
): Promise<void> {
  await db.batch([db.insert(users).values(user), ...accountLinkIssue(db, link), auditEventInsert(db, audit)]);
}

/** A new sign-up link replacing the user's earlier ones, and the audit event. */
export async function reissueInvitation(db: IdentityDatabase, link: NewAccountLink, audit: AuditEntry): Promise<void> {
  await db.batch([...accountLinkIssue(db, link), auditEventInsert(db, audit)]);
}

/**
 * Deletes the user if they still have never chosen a password; false when they had meanwhile (the
 * invitation was accepted while the Master was revoking it), and then nothing changes.
 */
export async function deleteInvitedUser(db: IdentityDatabase, userId: string, audit: AuditEntry): Promise<boolean> {
  const stillInvited = and(eq(users.id, userId), isNull(users.activatedAt), isNull(users.passwordHash));
  return db.transaction(async (tx) => {
    const deleted = await tx.delete(users).where(stillInvited);
    if (deleted.rowsAffected !== 1) return false;
    await auditEventInsert(tx, audit);
    return true;
  });
}

/** The password stops working at once; the emailed reset link is the way back. */
export async function clearPasswordWithResetLink(
  db: IdentityDatabase,
  userId: string,
  link: NewAccountLink,
  audit: AuditEntry,
): Promise<void> {
  await db.batch([
    db.update(users).set({ passwordHash: null }).where(eq(users.id, userId)),
    ...accountLinkIssue(db, link),
    auditEventInsert(db, audit),
  ]);
}

/** Removes the authenticator and the recovery codes: the next sign-in enrols again. */
export async function clearSecondFactor(db: IdentityDatabase, userId: string, audit: AuditEntry): Promise<void> {
  await db.batch([...secondFactorDeletion(db, userId), auditEventInsert(db, audit)]);
}

/** Deletes the user; their credentials and links go with them (foreign keys cascade). */
export async function deleteUser(db: IdentityDatabase, userId: string, audit: AuditEntry): Promise<void> {
  await db.batch([db.delete(users).where(eq(users.id, userId)), auditEventInsert(db, audit)]);
}

/**
 * Gives the user a new role and records it; false, changing nothing, when the user did not have the
 * other assignable role (already changed by someone else, or the Root Master, whose row never matches).
 */
export async function setRole(db: IdentityDatabase, userId: string, role: AssignableRole, audit: AuditEntry): Promise<boolean> {
  const from: AssignableRole = role === 'MASTER' ? 'USER' : 'MASTER';
  return db.transaction(async (tx) => {
    const changed = await tx.update(users).set({ role }).where(and(eq(users.id, userId), eq(users.role, from)));
    if (changed.rowsAffected !== 1) return false;
    await auditEventInsert(tx, audit);
    return true;
  });
}
