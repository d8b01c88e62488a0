import { DomainError } from '@lanyard/core/domainError';

/** What a person types on the second-factor and enrolment screens. */
export interface SecondFactorCodeInput {
  code: string;
}

/**
 * Far above a 6-digit authenticator code or a recovery code such as abcde-12345, and small enough that
 * hostile input never reaches identity.
 */
export const MAX_CODE_LENGTH = 64;

/**
 * Checks the shape of a second-factor code before identity is asked. Surrounding whitespace is dropped
 * (codes are pasted from apps and files, often with a newline); what a code may look like inside is
 * identity's to judge, so the edge does not guess at digits or dashes. Throws VALIDATION_FAILED naming
 * the `code` field.
 */
export function parseSecondFactorCodeInput(body: unknown): SecondFactorCodeInput {
  const value: unknown = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>).code : undefined;
  const code = typeof value === 'string' ? value.trim() : '';
  if (code === '') {
    throw new DomainError('VALIDATION_FAILED', undefined, {
      fields: [{ path: ['code'], message: 'Enter the code from your authenticator app or a recovery code.' }],
    });
  }
  if (code.length > MAX_CODE_LENGTH) {
    throw new DomainError('VALIDATION_FAILED', undefined, {
      fields: [{ path: ['code'], message: `The code must be at most ${MAX_CODE_LENGTH} characters.` }],
    });
  }
  return { code };
}
