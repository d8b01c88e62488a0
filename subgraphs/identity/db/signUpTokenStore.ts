import { and, eq, gt, isNull } from 'drizzle-orm';
import { signUpTokens, type SignUpTokenRow } from './schema.ts';
import type { IdentityDatabase } from './userStore.ts';

/**
 * Sign-up links by the hash of their token. Using a link is one conditional UPDATE whose affected-row
 * count decides, so of two requests racing with the same link exactly one wins, whichever connection
 * or process they arrive on.
 */

/**
 * Stores a new link for the user and, in the same transaction, retires every earlier unused one:
 * only the newest email a person received works.
 */
export async function issueSignUpToken(
  db: IdentityDatabase,
  token: { tokenHash: string; userId: string; companyName: string; now: Date; expiresAt: Date },
): Promise<void> {
  await db.batch([
    db
      .update(signUpTokens)
      .set({ usedAt: token.now })
      .where(and(eq(signUpTokens.userId, token.userId), isNull(signUpTokens.usedAt))),
    db.insert(signUpTokens).values({
      tokenHash: token.tokenHash,
      userId: token.userId,
      companyName: token.companyName,
      createdAt: token.now,
      expiresAt: token.expiresAt,
      usedAt: null,
    }),
  ]);
}

/** The link with this hash if it is unused and unexpired at `now`. */
export function findValidSignUpToken(
  db: IdentityDatabase,
  tokenHash: string,
  now: Date,
): Promise<SignUpTokenRow | undefined> {
  return db.query.signUpTokens.findFirst({
    where: and(eq(signUpTokens.tokenHash, tokenHash), isNull(signUpTokens.usedAt), gt(signUpTokens.expiresAt, now)),
  });
}

/** Marks the link used if it still is unused and unexpired; true only for the one caller that did. */
export async function consumeSignUpToken(db: IdentityDatabase, tokenHash: string, now: Date): Promise<boolean> {
  const result = await db
    .update(signUpTokens)
    .set({ usedAt: now })
    .where(and(eq(signUpTokens.tokenHash, tokenHash), isNull(signUpTokens.usedAt), gt(signUpTokens.expiresAt, now)));
  return result.rowsAffected === 1;
}
