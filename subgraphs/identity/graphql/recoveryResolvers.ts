import { requireEdge } from '@lanyard/core/requestContext';
import { issueAccountLink } from '../db/accountLinkStore.ts';
import { passwordPolicyOf } from '../db/passwordPolicyStore.ts';
import { companyIdsForEmail, findUserByUsername, type IdentityDatabase } from '../db/userStore.ts';
import {
  accountLinkExpiry,
  generateAccountLinkToken,
  hashAccountLinkToken,
  PASSWORD_RESET_LINK_VALIDITY_MINUTES,
  passwordResetUrl,
} from '../domain/accountLinkToken.ts';
import { normalizeUsername } from '@lanyard/core/username';
import type { DevelopmentOutbox } from '../mail/developmentOutbox.ts';
import type { Mailer } from '../mail/mailPort.ts';
import { companyNamesReminderMessage } from '../mail/messages/companyNamesReminderMessage.ts';
import type { RenderedEmail } from '../mail/messages/emailLayout.ts';
import { sendAccountMail } from '../mail/sendAccountMail.ts';
import { passwordChangedMessage } from '../mail/messages/passwordChangedMessage.ts';
import { passwordResetMessage } from '../mail/messages/passwordResetMessage.ts';
import { findValidLinkAndUser, setPasswordFromAccountLink, type AccountLinkSteps } from './accountLinkPassword.ts';
import type { MutationResolvers, QueryResolvers } from './generated.ts';
import { passwordPolicyAnswer } from './passwordPolicyResolvers.ts';

/** What identity needs to send account mail: the mailer, and the public origin (the edge) for links. */
export interface IdentityMail {
  mailer: Mailer;
  publicUrl: string;
  /** Set only in development (SMTP_URL unset): where mail is stored, read by the development mailbox. */
  developmentOutbox?: Pick<DevelopmentOutbox, 'listOutbox'> | undefined;
}

export interface RecoveryDependencies {
  db: IdentityDatabase;
  mail: IdentityMail;
  now?: () => Date;
}

/**
 * "Can't log in?": forgot password (a reset link by email, then a new password) and forgot company name
 * (an email listing the companies). All run by the edge only, which answers the person before the mail
 * goes out, so nothing here needs to hide whether an account matched; still, an unknown account and a
 * failed delivery answer `true` like success. A mail that cannot be sent is logged, never shown.
 */
export function recoveryResolvers(deps: RecoveryDependencies): { Query: QueryResolvers; Mutation: MutationResolvers } {
  const { db, mail } = deps;
  const now = deps.now ?? (() => new Date());
  const publicUrl = mail.publicUrl.replace(/\/+$/, '');

  const send = async (to: string, message: RenderedEmail, what: string) => {
    await sendAccountMail(mail.mailer, to, message, what);
  };

  const steps: AccountLinkSteps = { db, purpose: 'PASSWORD_RESET', invalidCode: 'RESET_LINK_INVALID', now };

  return {
    Query: {
      async passwordResetLink(_parent, { token }, context) {
        requireEdge(context);
        const { link, user } = await findValidLinkAndUser(steps, token);
        const policy = await passwordPolicyOf(db, user.companyId);
        return { username: user.username, companyName: link.companyName, passwordPolicy: passwordPolicyAnswer(policy) };
      },
      async companyIdsForEmail(_parent, { email }, context) {
        requireEdge(context);
        return companyIdsForEmail(db, email);
      },
    },
    Mutation: {
      async requestPasswordReset(_parent, { input }, context) {
        requireEdge(context);
        if (input.companyId == null) return true;
        const user = await findUserByUsername(db, input.companyId, normalizeUsername(input.username));
        if (!user || !user.email) return true;
        const token = generateAccountLinkToken();
        const issuedAt = now();
        await issueAccountLink(db, {
          purpose: 'PASSWORD_RESET',
          tokenHash: hashAccountLinkToken(token),
          userId: user.id,
          companyName: input.companyName,
          now: issuedAt,
          expiresAt: accountLinkExpiry('PASSWORD_RESET', issuedAt),
        });
        const message = passwordResetMessage({
          companyName: input.companyName,
          username: user.username,
          resetUrl: passwordResetUrl(publicUrl, token),
          expiresInMinutes: PASSWORD_RESET_LINK_VALIDITY_MINUTES,
        });
        await send(user.email, message, 'password reset email');
        return true;
      },

      async completePasswordReset(_parent, { input }, context) {
        requireEdge(context);
        const { link, user } = await findValidLinkAndUser(steps, input.token);
        await setPasswordFromAccountLink(steps, { link, user, password: input.password });
        const changedAt = now();
        // Whoever knew the old password may be signed in somewhere: every session of the user ends.
        context.notices.endSessionsOf.add(user.id);
        if (user.email) {
          const message = passwordChangedMessage({ companyName: link.companyName, username: user.username, changedAt });
          await send(user.email, message, 'password changed email');
        }
        return { username: user.username, companyName: link.companyName };
      },

      async sendCompanyNamesReminder(_parent, { input }, context) {
        requireEdge(context);
        if (input.companyNames.length === 0) return true;
        const message = companyNamesReminderMessage({
          email: input.email,
          companies: input.companyNames,
          signInUrl: `${publicUrl}/sign-in`,
        });
        await send(input.email, message, 'company names reminder');
        return true;
      },
    },
  };
}
