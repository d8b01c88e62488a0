import { DomainError, type FieldProblem } from '@lanyard/core/domainError';
import { readName } from './signInInput.ts';
import { asRecord, parseLinkPasswordInput, parseLinkTokenInput, type LinkPasswordInput, type LinkTokenInput } from './signUpInput.ts';

/**
 * What the "Can't log in?" pages send: a forgotten password (username and company name, checked like at
 * sign-in), a forgotten company name (an email address), and a password reset link's token and new
 * password (shaped like a sign-up link's). The edge checks only shapes; identity judges the rest.
 */

export const MAX_EMAIL_LENGTH = 254;

/** One address, no spaces or list separators, a domain with a dot. Deliverability is the mailer's concern. */
const PLAUSIBLE_EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>".]+$/;

export const RESET_TOKEN_PROBLEM = 'The password reset link is incomplete. Open the link from your email again.';

export interface ForgotPasswordInput {
  username: string;
  companyName: string;
}

export interface ForgotCompanyInput {
  email: string;
}

export type ResetLinkInput = LinkTokenInput;

export type CompletePasswordResetInput = LinkPasswordInput;

export function parseForgotPasswordInput(body: unknown): ForgotPasswordInput {
  const record = asRecord(body);
  const problems: FieldProblem[] = [];
  const username = readName(record.username, 'username', 'Enter your username.', problems);
  const companyName = readName(record.companyName, 'companyName', 'Enter your company name.', problems);
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', undefined, { fields: problems });
  return { username, companyName };
}

export function parseForgotCompanyInput(body: unknown): ForgotCompanyInput {
  const record = asRecord(body);
  const email = typeof record.email === 'string' ? record.email.trim() : '';
  let message: string | undefined;
  if (email === '') message = 'Enter your email address.';
  else if (email.length > MAX_EMAIL_LENGTH) message = `The email address must be at most ${MAX_EMAIL_LENGTH} characters.`;
  else if (!PLAUSIBLE_EMAIL.test(email)) message = 'Enter one email address, like name@example.com.';
  if (message) throw new DomainError('VALIDATION_FAILED', undefined, { fields: [{ path: ['email'], message }] });
  return { email };
}

export function parseResetLinkInput(body: unknown): ResetLinkInput {
  return parseLinkTokenInput(body, RESET_TOKEN_PROBLEM);
}

export function parseCompletePasswordResetInput(body: unknown): CompletePasswordResetInput {
  return parseLinkPasswordInput(body, RESET_TOKEN_PROBLEM);
}
