import { Hono } from 'hono';
import { PASSWORD_POLICY_SELECTION, readPasswordPolicy } from '../domain/passwordPolicyAnswer.ts';
import {
  parseCompletePasswordResetInput,
  parseForgotCompanyInput,
  parseForgotPasswordInput,
  parseResetLinkInput,
  type ForgotCompanyInput,
  type ForgotPasswordInput,
} from '../domain/recoveryInput.ts';
import { findCompanyForSignIn } from '../companyForSignIn.ts';
import type { EdgeBindings, EdgeConfig } from '../env.ts';
import { gatewayUnavailable, runEdgeStep } from '../gatewayClient.ts';
import { readJsonBody } from '../jsonBody.ts';
import { completeLinkWithPassword } from './completeLinkWithPassword.ts';

/**
 * "Can't log in?": a forgotten password or company name, and the password reset link's page. The two
 * requests answer 202 with one fixed message at once and do their work after the answer (waitUntil), so
 * neither the answer nor its timing tells whether an account matched; a failure there is only logged.
 * The reset link works like a sign-up link: the token travels in the POST body, never in a URL.
 * No route here sets a cookie: a new password signs nobody in.
 */

export const FORGOT_PASSWORD_ANSWER = {
  message: 'If an account matches, we sent an email with a link to choose a new password.',
} as const;

export const FORGOT_COMPANY_ANSWER = {
  message: 'If that address has an account, we sent an email listing your companies.',
} as const;

const REQUEST_PASSWORD_RESET = /* GraphQL */ `
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`;

const COMPANY_IDS_FOR_EMAIL = /* GraphQL */ `
  query CompanyIdsForEmail($email: String!) {
    companyIdsForEmail(email: $email)
  }
`;

const COMPANY_NAMES = /* GraphQL */ `
  query CompanyNames($ids: [ID!]!) {
    companyNames(ids: $ids)
  }
`;

const SEND_COMPANY_NAMES_REMINDER = /* GraphQL */ `
  mutation SendCompanyNamesReminder($input: SendCompanyNamesReminderInput!) {
    sendCompanyNamesReminder(input: $input)
  }
`;

const PASSWORD_RESET_LINK = /* GraphQL */ `
  query PasswordResetLink($token: String!) {
    passwordResetLink(token: $token) {
      username
      companyName
      ${PASSWORD_POLICY_SELECTION}
    }
  }
`;

const COMPLETE_PASSWORD_RESET = /* GraphQL */ `
  mutation CompletePasswordReset($input: CompletePasswordResetInput!) {
    completePasswordReset(input: $input) {
      username
      companyName
    }
  }
`;

export const recoveryRoutes = new Hono<EdgeBindings>()
  .post('/auth/forgot-password', async (c) => {
    const { value } = await readJsonBody(c.req.raw);
    const input = parseForgotPasswordInput(value);
    c.executionCtx.waitUntil(afterTheAnswer('forgot-password', c.var.requestId, () => requestReset(c.var.config, input, c.var.requestId)));
    return c.json(FORGOT_PASSWORD_ANSWER, 202);
  })
  .post('/auth/forgot-company', async (c) => {
    const { value } = await readJsonBody(c.req.raw);
    const input = parseForgotCompanyInput(value);
    c.executionCtx.waitUntil(afterTheAnswer('forgot-company', c.var.requestId, () => remindCompanies(c.var.config, input, c.var.requestId)));
    return c.json(FORGOT_COMPANY_ANSWER, 202);
  })
  .post('/auth/reset-password/link', async (c) => {
    const { value } = await readJsonBody(c.req.raw);
    const { token } = parseResetLinkInput(value);
    type Link = { username?: unknown; companyName?: unknown; passwordPolicy?: unknown };
    const data = await runEdgeStep<{ passwordResetLink: Link | null }>(c.var.config, {
      operationName: 'PasswordResetLink',
      query: PASSWORD_RESET_LINK,
      variables: { token },
      requestId: c.var.requestId,
      verdicts: ['RESET_LINK_INVALID'],
    });
    const { username, companyName, passwordPolicy } = data?.passwordResetLink ?? {};
    const policy = readPasswordPolicy(passwordPolicy);
    if (typeof username !== 'string' || typeof companyName !== 'string' || !policy) {
      throw gatewayUnavailable(c.var.requestId, 'PasswordResetLink answered without a user');
    }
    return c.json({ username, companyName, passwordPolicy: policy });
  })
  .post('/auth/reset-password', async (c) => {
    const { value } = await readJsonBody(c.req.raw);
    const input = parseCompletePasswordResetInput(value);
    return completeLinkWithPassword(
      c,
      {
        operationName: 'CompletePasswordReset',
        query: COMPLETE_PASSWORD_RESET,
        field: 'completePasswordReset',
        invalidLink: 'RESET_LINK_INVALID',
      },
      input,
    );
  });

/** Runs work after the answer was sent; whatever goes wrong is the operator's to read, never the client's. */
async function afterTheAnswer(what: string, requestId: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    // runEdgeStep already logged gateway failures (gatewayUnavailable); this names the request that lost its email.
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    console.error(`[edge] ${what} did not finish (request ${requestId}): ${detail}`);
  }
}

/**
 * requestPasswordReset runs even when no company has the name (companyId null): identity then does
 * nothing, but the edge's sequence of steps is the same whether or not the company exists.
 */
async function requestReset(config: EdgeConfig, input: ForgotPasswordInput, requestId: string): Promise<void> {
  const company = await findCompanyForSignIn(config, input.companyName, requestId);
  await runEdgeStep<{ requestPasswordReset: boolean }>(config, {
    operationName: 'RequestPasswordReset',
    query: REQUEST_PASSWORD_RESET,
    variables: { input: { companyId: company?.id ?? null, companyName: company?.name ?? input.companyName, username: input.username } },
    requestId,
    verdicts: [],
  });
}

/** One email listing every company where the address has a user; nothing at all when it has none. */
async function remindCompanies(config: EdgeConfig, input: ForgotCompanyInput, requestId: string): Promise<void> {
  const found = await runEdgeStep<{ companyIdsForEmail: unknown }>(config, {
    operationName: 'CompanyIdsForEmail',
    query: COMPANY_IDS_FOR_EMAIL,
    variables: { email: input.email },
    requestId,
    verdicts: [],
  });
  const ids = stringsOf(found?.companyIdsForEmail);
  if (ids.length === 0) return;
  const named = await runEdgeStep<{ companyNames: unknown }>(config, {
    operationName: 'CompanyNames',
    query: COMPANY_NAMES,
    variables: { ids },
    requestId,
    verdicts: [],
  });
  const companyNames = stringsOf(named?.companyNames);
  if (companyNames.length === 0) return;
  await runEdgeStep<{ sendCompanyNamesReminder: boolean }>(config, {
    operationName: 'SendCompanyNamesReminder',
    query: SEND_COMPANY_NAMES_REMINDER,
    variables: { input: { email: input.email, companyNames } },
    requestId,
    verdicts: [],
  });
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
}
