import { requireEdge } from '@lanyard/core/requestContext';
import { passwordPolicyOf } from '../db/passwordPolicyStore.ts';
import type { IdentityDatabase } from '../db/userStore.ts';
import { findValidLinkAndUser, setPasswordFromAccountLink, type AccountLinkSteps } from './accountLinkPassword.ts';
import type { MutationResolvers, QueryResolvers } from './generated.ts';
import { passwordPolicyAnswer } from './passwordPolicyResolvers.ts';

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

  const steps: AccountLinkSteps = { db, purpose: 'SIGN_UP', invalidCode: 'SIGN_UP_LINK_INVALID', now };

  return {
    Query: {
      async signUpInvitation(_parent, { token }, context) {
        requireEdge(context);
        const { link, user } = await findValidLinkAndUser(steps, token);
        return {
          username: user.username,
          displayName: user.displayName,
          companyName: link.companyName,
          passwordPolicy: passwordPolicyAnswer(await passwordPolicyOf(db, user.companyId)),
        };
      },
    },
    Mutation: {
      async completeSignUp(_parent, { input }, context) {
        requireEdge(context);
        const { link, user } = await findValidLinkAndUser(steps, input.token);
        await setPasswordFromAccountLink(steps, { link, user, password: input.password });
        return { username: user.username, companyName: link.companyName };
      },
    },
  };
}
