import { DomainError } from '@lanyard/core/domainError';
import type { ErrorCode } from '@lanyard/core/errorCatalog';
import { evaluatePassword, failedRules } from '@lanyard/core/passwordPolicy';
import { consumeAccountLink, findValidAccountLink } from '../db/accountLinkStore.ts';
import { passwordPolicyOf } from '../db/passwordPolicyStore.ts';
import type { AccountLinkRow, UserRow } from '../db/schema.ts';
import { findUserById, setPasswordHash, type IdentityDatabase } from '../db/userStore.ts';
import { hashAccountLinkToken, isWellFormedAccountLinkToken, type AccountLinkPurpose } from '../domain/accountLinkToken.ts';
import { isCommonPassword } from '../domain/commonPasswords.ts';
import { hashPassword } from '../domain/passwordHashing.ts';

/**
 * The steps a sign-up link and a password reset link share: finding a still-valid link with its user,
 * and setting a new password with it. Each link purpose answers its own code (`invalidCode`) for an
 * unknown, used, replaced or expired link.
 */
export interface AccountLinkSteps {
  db: IdentityDatabase;
  purpose: AccountLinkPurpose;
  invalidCode: ErrorCode;
  now: () => Date;
}

/** The valid link of `purpose` for `token` and its user, or `invalidCode`. */
export async function findValidLinkAndUser(
  steps: AccountLinkSteps,
  token: string,
): Promise<{ link: AccountLinkRow; user: UserRow }> {
  const { db, purpose, invalidCode, now } = steps;
  if (!isWellFormedAccountLinkToken(token)) throw new DomainError(invalidCode);
  const link = await findValidAccountLink(db, purpose, hashAccountLinkToken(token), now());
  const user = link && (await findUserById(db, link.userId));
  if (!link || !user) throw new DomainError(invalidCode);
  return { link, user };
}

/**
 * Checks `password` against the policy (failed rules answer VALIDATION_FAILED on `input.password`, and
 * leave the link usable), then uses the link up and stores the password's hash.
 */
export async function setPasswordFromAccountLink(
  steps: AccountLinkSteps,
  { link, user, password }: { link: AccountLinkRow; user: UserRow; password: string },
): Promise<void> {
  const { db, purpose, invalidCode, now } = steps;
  const failed = failedRules(
    evaluatePassword(password, {
      policy: await passwordPolicyOf(db, user.companyId),
      username: user.username,
      companyName: link.companyName,
      isCommonPassword,
    }),
  );
  if (failed.length > 0) {
    throw new DomainError('VALIDATION_FAILED', 'The password does not meet the policy.', {
      fields: failed.map((result) => ({ path: ['input', 'password'], message: result.description })),
    });
  }
  // Hashed before the link is used, so a failure while hashing leaves the link working.
  const passwordHash = await hashPassword(password);
  // The conditional update decides: of two requests racing with this link, only one goes on.
  if (!(await consumeAccountLink(db, purpose, link.tokenHash, now()))) throw new DomainError(invalidCode);
  await setPasswordHash(db, user.id, passwordHash, now());
}
