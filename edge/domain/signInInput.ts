import { DomainError, type FieldProblem } from '@lanyard/core/domainError';

/** What a person types on the sign-in page, after trimming the names. */
export interface SignInInput {
  username: string;
  companyName: string;
  password: string;
}

export const MAX_NAME_LENGTH = 128;
export const MAX_PASSWORD_LENGTH = 1024;

/**
 * Checks the shape of a sign-in request before anything is asked of identity. Limits keep hostile input
 * small (a 1 MB password would still be hashed); they are far above what a real name or password needs.
 * Passwords are not trimmed: spaces may be part of them. Throws VALIDATION_FAILED naming every bad field.
 */
export function parseSignInInput(body: unknown): SignInInput {
  const record: Record<string, unknown> = typeof body === 'object' && body !== null && !Array.isArray(body) ? { ...body } : {};
  const problems: FieldProblem[] = [];

  const username = readName(record.username, 'username', 'Enter your username.', problems);
  const companyName = readName(record.companyName, 'companyName', 'Enter your company name.', problems);

  let password = '';
  if (typeof record.password !== 'string' || record.password.length === 0) {
    problems.push({ path: ['password'], message: 'Enter your password.' });
  } else if (record.password.length > MAX_PASSWORD_LENGTH) {
    problems.push({ path: ['password'], message: `The password must be at most ${MAX_PASSWORD_LENGTH} characters.` });
  } else {
    password = record.password;
  }

  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', undefined, { fields: problems });
  return { username, companyName, password };
}

export function readName(value: unknown, field: string, emptyMessage: string, problems: FieldProblem[]): string {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (trimmed === '') {
    problems.push({ path: [field], message: emptyMessage });
  } else if (trimmed.length > MAX_NAME_LENGTH) {
    problems.push({ path: [field], message: `This must be at most ${MAX_NAME_LENGTH} characters.` });
  }
  return trimmed;
}
