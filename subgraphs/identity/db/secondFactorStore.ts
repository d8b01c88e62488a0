import { and, count, eq, isNotNull, isNull, lt, or } from 'drizzle-orm';
import { recoveryCodes, totpCredentials, type TotpCredentialRow } from './schema.ts';
import type { IdentityDatabase } from './userStore.ts';

/**
 * A user's second factor: the TOTP credential and the recovery codes. The two operations that let a
 * person in, claiming a time step and using a recovery code, are each one conditional UPDATE whose
 * affected-row count decides, so two requests racing with the same code cannot both succeed, whichever
 * connection or process they arrive on.
 */

export function findTotpCredential(db: IdentityDatabase, userId: string): Promise<TotpCredentialRow | undefined> {
  return db.query.totpCredentials.findFirst({ where: eq(totpCredentials.userId, userId) });
}

/**
 * Starts (or restarts) enrolment with a new sealed secret, replacing a pending one. Returns false, and
 * changes nothing, when the user already has a confirmed credential: a session that could re-enrol
 * over a working authenticator would let whoever knows the password replace the second factor. An
 * admin reset (secondFactorDeletion) must come first.
 */
export async function savePendingTotpSecret(
  db: IdentityDatabase,
  pending: { userId: string; encryptedSecret: string; now: Date },
): Promise<boolean> {
  const result = await db
    .insert(totpCredentials)
    .values({ userId: pending.userId, encryptedSecret: pending.encryptedSecret, createdAt: pending.now })
    .onConflictDoUpdate({
      target: totpCredentials.userId,
      set: { encryptedSecret: pending.encryptedSecret, createdAt: pending.now, lastUsedStep: null },
      setWhere: isNull(totpCredentials.confirmedAt),
    });
  return result.rowsAffected === 1;
}

/**
 * Confirms enrolment after the user entered a code of `step` from the pending secret. The sealed
 * secret the code was checked against is part of the condition, so a confirmation that raced with a
 * restarted enrolment (another tab, a new secret) fails instead of confirming a secret the user's app
 * does not hold. The step is recorded as used, so the confirming code cannot sign in again.
 */
export async function confirmTotpCredential(
  db: IdentityDatabase,
  confirmation: { userId: string; encryptedSecret: string; step: number; now: Date },
): Promise<boolean> {
  const result = await db
    .update(totpCredentials)
    .set({ confirmedAt: confirmation.now, lastUsedStep: confirmation.step })
    .where(
      and(
        eq(totpCredentials.userId, confirmation.userId),
        eq(totpCredentials.encryptedSecret, confirmation.encryptedSecret),
        isNull(totpCredentials.confirmedAt),
      ),
    );
  return result.rowsAffected === 1;
}

/**
 * Records that the user's code of time step `step` was used; true only for the one request that
 * recorded it. A step equal to or older than the last one used is refused, which makes each code
 * single-use and also refuses any older code that is still inside the accepted window. One UPDATE,
 * so SQLite's write lock (or libSQL server's) serializes racing claims and exactly one sees its row
 * change. Only a confirmed credential can be claimed: a pending one is not yet a second factor.
 */
export async function claimTimeStep(db: IdentityDatabase, userId: string, step: number): Promise<boolean> {
  const result = await db
    .update(totpCredentials)
    .set({ lastUsedStep: step })
    .where(
      and(
        eq(totpCredentials.userId, userId),
        isNotNull(totpCredentials.confirmedAt),
        or(isNull(totpCredentials.lastUsedStep), lt(totpCredentials.lastUsedStep, step)),
      ),
    );
  return result.rowsAffected === 1;
}

/** Replaces every recovery code of the user (used or not) with a new set, in one transaction. */
export async function replaceRecoveryCodes(
  db: IdentityDatabase,
  codes: { userId: string; codeHashes: string[]; now: Date },
): Promise<void> {
  const removeOld = db.delete(recoveryCodes).where(eq(recoveryCodes.userId, codes.userId));
  if (codes.codeHashes.length === 0) {
    await removeOld;
    return;
  }
  const rows = codes.codeHashes.map((codeHash) => ({
    id: crypto.randomUUID(),
    userId: codes.userId,
    codeHash,
    createdAt: codes.now,
  }));
  await db.batch([removeOld, db.insert(recoveryCodes).values(rows)]);
}

export type RecoveryCodeUse = { accepted: true; remaining: number } | { accepted: false };

/**
 * Spends the user's unused recovery code with this hash. Accepted only for the one request whose
 * UPDATE marked it used; an unknown, already used or concurrently used code is refused. `remaining`
 * is what the user is told ("3 recovery codes left").
 */
export async function useRecoveryCode(
  db: IdentityDatabase,
  use: { userId: string; codeHash: string; now: Date },
): Promise<RecoveryCodeUse> {
  const result = await db
    .update(recoveryCodes)
    .set({ usedAt: use.now })
    .where(
      and(eq(recoveryCodes.userId, use.userId), eq(recoveryCodes.codeHash, use.codeHash), isNull(recoveryCodes.usedAt)),
    );
  if (result.rowsAffected !== 1) return { accepted: false };
  return { accepted: true, remaining: await countUnusedRecoveryCodes(db, use.userId) };
}

export async function countUnusedRecoveryCodes(db: IdentityDatabase, userId: string): Promise<number> {
  const [row] = await db
    .select({ unused: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return row?.unused ?? 0;
}

/**
 * The statements that remove the user's TOTP credential and recovery codes together (an admin's 2FA
 * reset), for the caller's batch: the next sign-in enrols again.
 */
export function secondFactorDeletion(db: IdentityDatabase, userId: string) {
  return [
    db.delete(totpCredentials).where(eq(totpCredentials.userId, userId)),
    db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)),
  ] as const;
}

/** Seeding only: a confirmed authenticator for a demo user, unless the user has a credential already. */
export async function insertConfirmedTotpCredentialIfAbsent(
  db: IdentityDatabase,
  credential: { userId: string; encryptedSecret: string; now: Date },
): Promise<void> {
  await db
    .insert(totpCredentials)
    .values({
      userId: credential.userId,
      encryptedSecret: credential.encryptedSecret,
      createdAt: credential.now,
      confirmedAt: credential.now,
    })
    .onConflictDoNothing();
}
