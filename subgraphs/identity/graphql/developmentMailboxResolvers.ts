import { DomainError } from '@lanyard/core/domainError';
import { requireEdge } from '@lanyard/core/requestContext';
import type { QueryResolvers } from './generated.ts';
import type { IdentityMail } from './recoveryResolvers.ts';

export const MAX_MAILBOX_LIMIT = 200;

/**
 * The development mailbox: what the development outbox stored instead of sending (SMTP_URL unset), for the
 * edge's /dev/mailbox page. Only the edge may ask, and only a development identity has an outbox: with
 * SMTP configured (production) the field answers NOT_FOUND, like a page that does not exist.
 */
export function developmentMailboxResolvers(deps: { mail: IdentityMail }): { Query: QueryResolvers } {
  const outbox = deps.mail.developmentOutbox;
  return {
    Query: {
      async developmentMailbox(_parent, { limit }, context) {
        requireEdge(context);
        if (!outbox) throw new DomainError('NOT_FOUND');
        const count = limit ?? 50;
        if (!Number.isInteger(count) || count < 1 || count > MAX_MAILBOX_LIMIT) {
          throw new DomainError('VALIDATION_FAILED', undefined, {
            fields: [{ path: ['limit'], message: `Between 1 and ${MAX_MAILBOX_LIMIT}` }],
          });
        }
        const messages = await outbox.listOutbox(count);
        return messages.map(({ id, to, subject, text, sentAt }) => ({ id, to, subject, text, sentAt }));
      },
    },
  };
}
