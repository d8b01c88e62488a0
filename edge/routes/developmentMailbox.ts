import { Hono } from 'hono';
import { DomainError } from '@lanyard/core/domainError';
import { renderMailboxPage, type MailboxPageMessage } from '../domain/mailboxPage.ts';
import type { EdgeBindings } from '../env.ts';
import { gatewayUnavailable, runEdgeStep } from '../gatewayClient.ts';

/**
 * GET /dev/mailbox: the mail identity stored instead of sending it (SMTP_URL unset), for local runs only.
 * Served only when the DEVELOPMENT_MAILBOX binding is "on", which only scripts/startEdge.ts sets (never
 * wrangler.toml, so a deployment never has it); otherwise it is a 404 like any unknown path. Identity
 * answers NOT_FOUND too when it really sends mail, so even a wrongly set binding shows nothing.
 */

const DEVELOPMENT_MAILBOX = /* GraphQL */ `
  query DevelopmentMailbox($limit: Int) {
    developmentMailbox(limit: $limit) {
      id
      to
      subject
      text
      sentAt
    }
  }
`;

const MAILBOX_LIMIT = 50;

function isMailboxMessage(value: unknown): value is MailboxPageMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  return ['id', 'to', 'subject', 'text', 'sentAt'].every((key) => typeof message[key] === 'string');
}

export const developmentMailboxRoutes = new Hono<EdgeBindings>().get('/dev/mailbox', async (c) => {
  if (c.env.DEVELOPMENT_MAILBOX !== 'on') throw new DomainError('NOT_FOUND');
  const data = await runEdgeStep<{ developmentMailbox?: unknown }>(c.var.config, {
    operationName: 'DevelopmentMailbox',
    query: DEVELOPMENT_MAILBOX,
    variables: { limit: MAILBOX_LIMIT },
    requestId: c.var.requestId,
    verdicts: ['NOT_FOUND'],
  });
  const messages = data?.developmentMailbox;
  if (!Array.isArray(messages) || !messages.every(isMailboxMessage)) {
    throw gatewayUnavailable(c.var.requestId, 'DevelopmentMailbox answered without messages');
  }
  c.header('cache-control', 'no-store');
  return c.html(renderMailboxPage(messages));
});
