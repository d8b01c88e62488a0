import { DomainError } from '@lanyard/core/domainError';
import { DEFAULT_PASSWORD_POLICY, evaluatePassword, failedRules } from '@lanyard/core/passwordPolicy';
import { requireEdge } from '@lanyard/core/requestContext';
import { consumeAccountLink, findValidAccountLink } from '../db/accountLinkStore.ts';
import type { AccountLinkRow, UserRow } from '../db/schema.ts';
import { findUserById, setPasswordHash, type IdentityDatabase } from '../db/userStore.ts';
import { isCommonPassword } from '../domain/commonPasswords.ts';
import { hashPassword } from '../domain/passwordHashing.ts';
import { hashAccountLinkToken, isWellFormedAccountLinkToken } from '../domain/accountLinkToken.ts';
import type { MutationResolvers, QueryResolvers } from './generated.ts';

export interface SignUpDependencies {
  db: IdentityDatabase;
  now?: () => Date;
}

/**
 * The sign-up link's two steps, both run by the edge for the web's sign-up page: greet the person
 * (who they are and for which company), then set their first password. An unknown, used, replaced or
 * expired link answers SIGN_UP_LINK_INVALID alike. A password the policy refuses leaves the link
 * usable, so the person can try another; only a password that is stored uses the link up.
 */
export function signUpResolvers(deps: SignUpDependencies): { Query: QueryResolvers; Mutation: MutationResolvers } {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());

  async function validLink(token: string): Promise<{ link: AccountLinkRow; user: UserRow }> {
    if (!isWellFormedAccountLinkToken(token)) throw new DomainError('SIGN_UP_LINK_INVALID');
    const link = await findValidAccountLink(db, 'SIGN_UP', hashAccountLinkToken(token), now());
    const user = link && (await findUserById(db, link.userId));
    if (!link || !user) throw new DomainError('SIGN_UP_LINK_INVALID');
    return { link, user };
  }

  return {
    Query: {
      async signUpInvitation(_parent, { token }, context) {
        requireEdge(context);
        const { link, user } = await validLink(token);
        return { username: user.username, displayName: user.displayName, companyName: link.companyName };
      },
    },
    Mutation: {
      async completeSignUp(_parent, { input }, context) {
        requireEdge(context);
        const { link, user } = await validLink(input.token);
        // The policy of the company will be read from tenancy once Master users can edit it.
        const failed = failedRules(
          evaluatePassword(input.password, {
            policy: DEFAULT_PASSWORD_POLICY,
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
        const passwordHash = await hashPassword(input.password);
        // The conditional update decides: of two requests racing with this link, only one goes on.
        if (!(await consumeAccountLink(db, 'SIGN_UP', link.tokenHash, now()))) throw new DomainError('SIGN_UP_LINK_INVALID');
        await setPasswordHash(db, user.id, passwordHash);
        return { username: user.username, companyName: link.companyName };
      },
    },
  };
}
