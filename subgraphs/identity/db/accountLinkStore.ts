import { and, eq, gt, isNull } from 'drizzle-orm';
import type { AccountLinkPurpose } from '../domain/accountLinkToken.ts';
import { accountLinks, type AccountLinkRow } from './schema.ts';
import type { IdentityDatabase } from './userStore.ts';

/**
 * Single-use account links (sign-up, password reset) by the hash of their token. Every lookup names the
 * purpose, so a sign-up link never works as a reset link or the other way round. Using a link is one
 * conditional UPDATE whose affected-row count decides, so of two requests racing with the same link
 * exactly one wins, whichever connection or process they arrive on.
 */

/**
 * Stores a new link for the user and, in the same transaction, retires every earlier unused link of the
 * same purpose: only the newest email of a kind a person received works.
 */
export async function issueAccountLink(db: IdentityDatabase, link: NewAccountLink): Promise<void> {
  await db.batch(accountLinkIssue(db, link));
}

export interface NewAccountLink {
  purpose: AccountLinkPurpose;
  tokenHash: string;
  userId: string;
  companyName: string;
  now: Date;
  expiresAt: Date;
}

/** The two statements of issueAccountLink, for a caller that runs them in its own transaction. */
export function accountLinkIssue(db: IdentityDatabase, link: NewAccountLink) {
  return [
    db
      .update(accountLinks)
      .set({ usedAt: link.now })
      .where(
        and(eq(accountLinks.userId, link.userId), eq(accountLinks.purpose, link.purpose), isNull(accountLinks.usedAt)),
      ),
    db.insert(accountLinks).values({
      tokenHash: link.tokenHash,
      userId: link.userId,
      purpose: link.purpose,
      companyName: link.companyName,
      createdAt: link.now,
      expiresAt: link.expiresAt,
      usedAt: null,
    }),
  ] as const;
}

const usable = (purpose: AccountLinkPurpose, tokenHash: string, now: Date) =>
  and(
    eq(accountLinks.tokenHash, tokenHash),
    eq(accountLinks.purpose, purpose),
    isNull(accountLinks.usedAt),
    gt(accountLinks.expiresAt, now),
  );

/** The link of this purpose with this hash if it is unused and unexpired at `now`. */
export function findValidAccountLink(
  db: IdentityDatabase,
  purpose: AccountLinkPurpose,
  tokenHash: string,
  now: Date,
): Promise<AccountLinkRow | undefined> {
  return db.query.accountLinks.findFirst({ where: usable(purpose, tokenHash, now) });
}

/** Marks the link used if it still is usable for this purpose; true only for the one caller that did. */
export async function consumeAccountLink(
  db: IdentityDatabase,
  purpose: AccountLinkPurpose,
  tokenHash: string,
  now: Date,
): Promise<boolean> {
  const result = await db.update(accountLinks).set({ usedAt: now }).where(usable(purpose, tokenHash, now));
  return result.rowsAffected === 1;
}
