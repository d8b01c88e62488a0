import { DomainError } from '@lanyard/core/domainError';
import { mayReadCompany, requireEdge, type RequestContext } from '@lanyard/core/requestContext';
import type { UserRow } from '../db/schema.ts';
import { findTotpCredential } from '../db/secondFactorStore.ts';
import type { AdministeredUser } from '../db/userAdministrationStore.ts';
import { findUserById, findUserByUsername } from '../db/userStore.ts';
import { verifyPassword } from '../domain/passwordHashing.ts';
import { normalizeUsername } from '@lanyard/core/username';
import { userStatus, type UserStatus } from '../domain/userStatus.ts';
import { developmentMailboxResolvers } from './developmentMailboxResolvers.ts';
import type { Resolvers } from './generated.ts';
import { recoveryResolvers, type RecoveryDependencies } from './recoveryResolvers.ts';
import { secondFactorResolvers, type SecondFactorDependencies } from './secondFactorResolvers.ts';
import { passwordPolicyResolvers } from './passwordPolicyResolvers.ts';
import { signUpResolvers } from './signUpResolvers.ts';
import { userAdministrationResolvers } from './userAdministrationResolvers.ts';

function statusOf(user: AdministeredUser): UserStatus {
  return userStatus({
    hasPassword: user.passwordHash != null,
    everActivated: user.activatedAt != null,
    hasConfirmedAuthenticator: user.secondFactorConfirmed,
  });
}

function visibleTo(context: RequestContext, user: UserRow | undefined): UserRow | null {
  return user && mayReadCompany(context, user.companyId) ? user : null;
}

export function identityResolvers(deps: SecondFactorDependencies & RecoveryDependencies): Resolvers {
  const { db } = deps;
  const signUp = signUpResolvers(deps);
  const recovery = recoveryResolvers(deps);
  const developmentMailbox = developmentMailboxResolvers(deps);
  const administration = userAdministrationResolvers(deps);
  const passwordPolicy = passwordPolicyResolvers(deps);
  return {
    Query: {
      ...signUp.Query,
      ...recovery.Query,
      ...developmentMailbox.Query,
      ...administration.Query,
      ...passwordPolicy.Query,
      async userForEdge(_parent, { id }, context) {
        requireEdge(context);
        return (await findUserById(db, id)) ?? null;
      },
      async me(_parent, _args, context) {
        if (context.principal.scope !== 'session') return null;
        return visibleTo(context, await findUserById(db, context.principal.userId));
      },
    },
    Mutation: {
      async verifyPassword(_parent, { input }, context) {
        requireEdge(context);
        const user =
          input.companyId == null
            ? undefined
            : await findUserByUsername(db, input.companyId, normalizeUsername(input.username));
        // An unknown company, an unknown user and a user without a password yet all cost one argon2
        // verification and answer alike, so neither the answer nor its timing reveals which it was.
        const matches = await verifyPassword(user?.passwordHash ?? undefined, input.password);
        if (!user || !matches) throw new DomainError('BAD_CREDENTIALS');
        // No session exists before a second factor succeeds: the edge asks for a code next, or has the
        // user set up an authenticator first.
        const credential = await findTotpCredential(db, user.id);
        return {
          userId: user.id,
          companyId: user.companyId,
          role: user.role,
          secondFactor: credential?.confirmedAt ? 'TOTP' : 'ENROLMENT_REQUIRED',
        };
      },
      ...secondFactorResolvers(deps),
      ...signUp.Mutation,
      ...recovery.Mutation,
      ...administration.Mutation,
      ...passwordPolicy.Mutation,
    },
    User: {
      async __resolveReference(reference, context) {
        return visibleTo(context, await findUserById(db, reference.id));
      },
      company: (user) => ({ id: user.companyId }),
      createdAt: (user) => user.createdAt.toISOString(),
      async status(user, _args, context) {
        // Rows from the Master-only queries carry what the status needs; the user may see their own.
        if ('secondFactorConfirmed' in user) return statusOf(user as AdministeredUser);
        const self = context.principal.scope === 'session' && context.principal.userId === user.id;
        if (!self) return null;
        const credential = await findTotpCredential(db, user.id);
        return statusOf({ ...user, secondFactorConfirmed: credential?.confirmedAt != null });
      },
    },
    AuditEvent: {
      occurredAt: (event) => event.occurredAt.toISOString(),
    },
  };
}
