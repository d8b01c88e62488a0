import { DomainError } from '@lanyard/core/domainError';
import { isUniqueViolation } from '@lanyard/core/uniqueViolation';
import type { AuditEntry } from '../db/auditLogStore.ts';
import { listAuditEvents } from '../db/auditLogStore.ts';
import type { NewAccountLink } from '../db/accountLinkStore.ts';
import type { UserRow } from '../db/schema.ts';
import {
  clearPasswordWithResetLink,
  clearSecondFactor,
  deleteInvitedUser,
  deleteUser,
  findAdministeredUser,
  insertInvitedUser,
  listCompanyUsers,
  reissueInvitation,
  setRole,
  type AdministeredUser,
} from '../db/userAdministrationStore.ts';
import { findUserByUsername, type IdentityDatabase } from '../db/userStore.ts';
import {
  accountLinkExpiry,
  generateAccountLinkToken,
  hashAccountLinkToken,
  PASSWORD_RESET_LINK_VALIDITY_MINUTES,
  passwordResetUrl,
  SIGN_UP_LINK_VALIDITY_HOURS,
  signUpUrl,
  type AccountLinkPurpose,
} from '../domain/accountLinkToken.ts';
import { checkNewUserFields } from '../domain/newUserFields.ts';
import { normalizeUsername } from '@lanyard/core/username';
import type { RenderedEmail } from '../mail/messages/emailLayout.ts';
import { sendAccountMail } from '../mail/sendAccountMail.ts';
import { passwordResetMessage } from '../mail/messages/passwordResetMessage.ts';
import { welcomeMessage } from '../mail/messages/welcomeMessage.ts';
import type { MutationResolvers, QueryResolvers } from './generated.ts';
import { requireMaster, requireUserOfActorsCompany, type Actor } from './masterAuthorization.ts';
import type { IdentityMail } from './recoveryResolvers.ts';

export interface UserAdministrationDependencies {
  db: IdentityDatabase;
  mail: IdentityMail;
  now?: () => Date;
  newId?: () => string;
}

export const AUDIT_LOG_LIMIT = { min: 1, max: 200 } as const;

const isInvited = (user: UserRow) => user.activatedAt == null && user.passwordHash == null;

/**
 * A Master's actions on the users of their company. Every action checks, in identity's own database and
 * at the moment it runs, that the caller is a Master of the company and that the user acted on belongs
 * to it (FORBIDDEN otherwise, the same for any user of another company or none); the Root Master can
 * never be deleted or demoted. The change and its audit event are written in one transaction; the email
 * goes out after, and a failed delivery answers EMAIL_NOT_SENT with the change kept (resend is safe).
 *
 * Where an action changes a user's credentials or lowers their rights (password or 2FA reset, deletion,
 * demotion), it names the user in `context.notices.endSessionsOf`, and the edge ends all their sessions before
 * the Master hears back.
 */
export function userAdministrationResolvers(deps: UserAdministrationDependencies): {
  Query: QueryResolvers;
  Mutation: MutationResolvers;
} {
  const { db, mail } = deps;
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const publicUrl = mail.publicUrl.replace(/\/+$/, '');

  async function deliver(to: string, message: RenderedEmail, what: string): Promise<void> {
    if (!(await sendAccountMail(mail.mailer, to, message, what))) throw new DomainError('EMAIL_NOT_SENT');
  }

  /** A fresh single-use link for the user, and its token (only the hash is stored). */
  function newLink(purpose: AccountLinkPurpose, user: UserRow, actor: Actor, at: Date): { token: string; link: NewAccountLink } {
    const token = generateAccountLinkToken();
    const link: NewAccountLink = {
      purpose,
      tokenHash: hashAccountLinkToken(token),
      userId: user.id,
      companyName: actor.companyName,
      now: at,
      expiresAt: accountLinkExpiry(purpose, at),
    };
    return { token, link };
  }

  const sendInvitation = (user: UserRow, actor: Actor, token: string) =>
    deliver(
      user.email,
      welcomeMessage({
        companyName: actor.companyName,
        displayName: user.displayName,
        username: user.username,
        signUpUrl: signUpUrl(publicUrl, token),
        expiresInHours: SIGN_UP_LINK_VALIDITY_HOURS,
      }),
      'invitation email',
    );

  const audit = (actor: Actor, entry: Omit<AuditEntry, 'actor'>): AuditEntry => ({ actor: actor.user, ...entry });

  async function administered(userId: string): Promise<AdministeredUser> {
    const user = await findAdministeredUser(db, userId);
    if (!user) throw new DomainError('NOT_FOUND', 'That user no longer exists.');
    return user;
  }

  function refuseRootMaster(user: UserRow): void {
    if (user.role === 'ROOT_MASTER') throw new DomainError('ROOT_MASTER_PROTECTED');
  }

  return {
    Query: {
      async companyUsers(_parent, _args, context) {
        const actor = await requireMaster(db, context);
        return listCompanyUsers(db, actor.user.companyId);
      },
      async auditLog(_parent, { limit }, context) {
        const actor = await requireMaster(db, context);
        const count = limit ?? 50;
        if (!Number.isInteger(count) || count < AUDIT_LOG_LIMIT.min || count > AUDIT_LOG_LIMIT.max) {
          throw new DomainError('VALIDATION_FAILED', undefined, {
            fields: [{ path: ['limit'], message: `The limit is ${AUDIT_LOG_LIMIT.min} to ${AUDIT_LOG_LIMIT.max}.` }],
          });
        }
        return listAuditEvents(db, actor.user.companyId, count);
      },
    },
    Mutation: {
      async inviteUser(_parent, { input }, context) {
        const actor = await requireMaster(db, context);
        const { fields, problems } = checkNewUserFields(input);
        if (problems.length > 0) {
          throw new DomainError('VALIDATION_FAILED', undefined, {
            fields: problems.map((problem) => ({ path: ['input', problem.field], message: problem.message })),
          });
        }
        const usernameNormalized = normalizeUsername(fields.username);
        const companyId = actor.user.companyId;
        if (await findUserByUsername(db, companyId, usernameNormalized)) throw new DomainError('USERNAME_TAKEN');
        const at = now();
        const user: UserRow = {
          id: newId(),
          companyId,
          username: fields.username,
          usernameNormalized,
          email: fields.email,
          displayName: fields.displayName,
          passwordHash: null,
          role: input.role,
          activatedAt: null,
          createdAt: at,
        };
        const { token, link } = newLink('SIGN_UP', user, actor, at);
        try {
          await insertInvitedUser(db, user, link, audit(actor, { action: 'USER_INVITED', target: user, detail: input.role, at }));
        } catch (error) {
          // Two Masters inviting the same username at once: the unique index lets one in (the only
          // unique index a new user can break is the username's).
          if (isUniqueViolation(error)) throw new DomainError('USERNAME_TAKEN');
          throw error;
        }
        await sendInvitation(user, actor, token);
        return administered(user.id);
      },

      async resendInvitation(_parent, { userId }, context) {
        const actor = await requireMaster(db, context);
        const user = await requireUserOfActorsCompany(db, actor, userId);
        if (!isInvited(user)) throw new DomainError('NOT_INVITED');
        const at = now();
        const { token, link } = newLink('SIGN_UP', user, actor, at);
        await reissueInvitation(db, link, audit(actor, { action: 'INVITATION_RESENT', target: user, at }));
        await sendInvitation(user, actor, token);
        return administered(user.id);
      },

      async revokeInvitation(_parent, { userId }, context) {
        const actor = await requireMaster(db, context);
        const user = await requireUserOfActorsCompany(db, actor, userId);
        refuseRootMaster(user);
        if (!isInvited(user)) throw new DomainError('NOT_INVITED');
        const entry = audit(actor, { action: 'INVITATION_REVOKED', target: user, at: now() });
        if (!(await deleteInvitedUser(db, user.id, entry))) throw new DomainError('NOT_INVITED');
        return user.id;
      },

      async resetUserPassword(_parent, { userId }, context) {
        const actor = await requireMaster(db, context);
        const user = await requireUserOfActorsCompany(db, actor, userId);
        if (isInvited(user)) throw new DomainError('INVITATION_PENDING');
        const at = now();
        const { token, link } = newLink('PASSWORD_RESET', user, actor, at);
        await clearPasswordWithResetLink(db, user.id, link, audit(actor, { action: 'PASSWORD_RESET_BY_ADMIN', target: user, at }));
        context.notices.endSessionsOf.add(user.id);
        await deliver(
          user.email,
          passwordResetMessage({
            companyName: actor.companyName,
            username: user.username,
            resetUrl: passwordResetUrl(publicUrl, token),
            expiresInMinutes: PASSWORD_RESET_LINK_VALIDITY_MINUTES,
          }),
          'password reset email',
        );
        return administered(user.id);
      },

      async resetUserTwoFactor(_parent, { userId }, context) {
        const actor = await requireMaster(db, context);
        const user = await requireUserOfActorsCompany(db, actor, userId);
        await clearSecondFactor(db, user.id, audit(actor, { action: 'TWO_FACTOR_RESET_BY_ADMIN', target: user, at: now() }));
        context.notices.endSessionsOf.add(user.id);
        return administered(user.id);
      },

      async deleteUser(_parent, { userId }, context) {
        const actor = await requireMaster(db, context);
        const user = await requireUserOfActorsCompany(db, actor, userId);
        refuseRootMaster(user);
        if (user.id === actor.user.id) {
          throw new DomainError('FORBIDDEN', 'You cannot delete your own account. Ask another Master to do it.');
        }
        await deleteUser(db, user.id, audit(actor, { action: 'USER_DELETED', target: user, at: now() }));
        context.notices.endSessionsOf.add(user.id);
        return user.id;
      },

      async changeUserRole(_parent, { input }, context) {
        const actor = await requireMaster(db, context);
        const user = await requireUserOfActorsCompany(db, actor, input.userId);
        refuseRootMaster(user);
        if (user.role !== input.role) {
          const entry = audit(actor, { action: 'ROLE_CHANGED', target: user, detail: `${user.role} → ${input.role}`, at: now() });
          // False only when another Master changed it meanwhile: the role is then already what was asked.
          await setRole(db, user.id, input.role, entry);
          // A session carries what the user could do when it began; one that may now do less ends.
          if (input.role === 'USER') context.notices.endSessionsOf.add(user.id);
        }
        return administered(user.id);
      },
    },
  };
}
