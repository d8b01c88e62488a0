import { DomainError } from '@lanyard/core/domainError';
import { PASSWORD_MAX_LENGTH, validatePasswordPolicySettings, type PasswordPolicy } from '@lanyard/core/passwordPolicy';
import { requireSession } from '@lanyard/core/requestContext';
import { auditEventInsert } from '../db/auditLogStore.ts';
import { passwordPolicyOf, passwordPolicyUpsert } from '../db/passwordPolicyStore.ts';
import type { IdentityDatabase } from '../db/userStore.ts';
import type { MutationResolvers, PasswordPolicy as PasswordPolicyAnswer, QueryResolvers } from './generated.ts';
import { requireMaster } from './masterAuthorization.ts';

export interface PasswordPolicyDependencies {
  db: IdentityDatabase;
  now?: () => Date;
}

/** A policy as the API shows it: the company's choice and the fixed ceiling. */
export function passwordPolicyAnswer(policy: PasswordPolicy): PasswordPolicyAnswer {
  return { minLength: policy.minLength, maxLength: PASSWORD_MAX_LENGTH };
}

/**
 * The company's password policy: every signed-in user may read it (the forms that set a password show
 * it), only a Master may change it. A change applies to passwords chosen from then on; existing
 * passwords keep working.
 */
export function passwordPolicyResolvers(deps: PasswordPolicyDependencies): {
  Query: QueryResolvers;
  Mutation: MutationResolvers;
} {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  return {
    Query: {
      async passwordPolicy(_parent, _args, context) {
        const session = requireSession(context);
        return passwordPolicyAnswer(await passwordPolicyOf(db, session.companyId));
      },
    },
    Mutation: {
      async updatePasswordPolicy(_parent, { input }, context) {
        const actor = await requireMaster(db, context);
        const wanted: PasswordPolicy = { minLength: input.minLength };
        const problems = validatePasswordPolicySettings(wanted);
        if (problems.length > 0) {
          throw new DomainError('VALIDATION_FAILED', undefined, {
            fields: problems.map((problem) => ({ path: ['input', ...problem.path], message: problem.message })),
          });
        }
        const companyId = actor.user.companyId;
        const before = await passwordPolicyOf(db, companyId);
        if (before.minLength !== wanted.minLength) {
          const at = now();
          await db.batch([
            passwordPolicyUpsert(db, companyId, wanted, at),
            auditEventInsert(db, {
              action: 'PASSWORD_POLICY_CHANGED',
              actor: actor.user,
              detail: `minimum length ${before.minLength} → ${wanted.minLength}`,
              at,
            }),
          ]);
        }
        return passwordPolicyAnswer(wanted);
      },
    },
  };
}
