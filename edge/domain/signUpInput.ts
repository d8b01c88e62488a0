import { DomainError, type FieldProblem } from '@lanyard/core/domainError';
import { MAX_PASSWORD_LENGTH } from './signInInput.ts';

/**
 * What the sign-up page sends: the token of a sign-up link (from the link's `#token=` fragment) and, to
 * finish, the new password. The edge checks only their shape, so hostile input never reaches identity;
 * whether a link is valid and whether a password meets the company's policy are identity's to judge.
 */

/**
 * A link token (sign-up or password reset) is random bytes in base64url: at least 128 bits is 22
 * characters, so 20 is a floor.
 */
export const LINK_TOKEN_LENGTH = { min: 20, max: 200 } as const;

const BASE64URL = /^[A-Za-z0-9_-]+$/;

export const SIGN_UP_TOKEN_PROBLEM = 'The sign-up link is incomplete. Open the link from your email again.';

/** The body that opens a link's page: its token. */
export interface LinkTokenInput {
  token: string;
}

/** The body that finishes a link: its token and the new password. */
export interface LinkPasswordInput {
  token: string;
  password: string;
}

export type SignUpInvitationInput = LinkTokenInput;

export type CompleteSignUpInput = LinkPasswordInput;

/** Whether a value has the shape of a link token: 20–200 characters of the base64url alphabet, no padding. */
export function isLinkTokenShape(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length >= LINK_TOKEN_LENGTH.min &&
    value.length <= LINK_TOKEN_LENGTH.max &&
    BASE64URL.test(value)
  );
}

/** Throws VALIDATION_FAILED naming the `token` field unless the body carries a well-formed token. */
export function parseSignUpInvitationInput(body: unknown): SignUpInvitationInput {
  return parseLinkTokenInput(body, SIGN_UP_TOKEN_PROBLEM);
}

/**
 * Throws VALIDATION_FAILED naming every bad field. The password is not trimmed (spaces may be part of it)
 * and is limited like at sign-in; the policy itself (length, character classes…) is identity's.
 */
export function parseCompleteSignUpInput(body: unknown): CompleteSignUpInput {
  return parseLinkPasswordInput(body, SIGN_UP_TOKEN_PROBLEM);
}

/** A link's token, or VALIDATION_FAILED naming `token` with `tokenProblem`. */
export function parseLinkTokenInput(body: unknown, tokenProblem: string): LinkTokenInput {
  const problems: FieldProblem[] = [];
  const token = readLinkToken(asRecord(body).token, tokenProblem, problems);
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', undefined, { fields: problems });
  return { token };
}

/** A link's token and new password, or VALIDATION_FAILED naming every bad field (`token` with `tokenProblem`). */
export function parseLinkPasswordInput(body: unknown, tokenProblem: string): LinkPasswordInput {
  const record = asRecord(body);
  const problems: FieldProblem[] = [];
  const token = readLinkToken(record.token, tokenProblem, problems);
  const password = readNewPassword(record.password, problems);
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', undefined, { fields: problems });
  return { token, password };
}

/**
 * Identity names fields by their path in its GraphQL input (`['input', 'password']`); the edge's body has
 * no `input` wrapper, so the browser gets `['password']`. Only the path changes: the messages are the
 * policy's rule descriptions, which the page shows as they are.
 */
export function fieldsForEdgeBody(identityFields: readonly FieldProblem[]): FieldProblem[] {
  return identityFields.map(({ path, message }) => ({
    path: path[0] === 'input' && path.length > 1 ? path.slice(1) : path,
    message,
  }));
}

/** The `token` of a link's body, or '' after naming the field with `problem`. */
export function readLinkToken(value: unknown, problem: string, problems: FieldProblem[]): string {
  if (isLinkTokenShape(value)) return value;
  problems.push({ path: ['token'], message: problem });
  return '';
}

/** A new password: not trimmed, limited like at sign-in; the policy itself is identity's. */
export function readNewPassword(value: unknown, problems: FieldProblem[]): string {
  if (typeof value !== 'string' || value.length === 0) {
    problems.push({ path: ['password'], message: 'Choose a password.' });
    return '';
  }
  if (value.length > MAX_PASSWORD_LENGTH) {
    problems.push({ path: ['password'], message: `The password must be at most ${MAX_PASSWORD_LENGTH} characters.` });
    return '';
  }
  return value;
}

export function asRecord(body: unknown): Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? { ...body } : {};
}
