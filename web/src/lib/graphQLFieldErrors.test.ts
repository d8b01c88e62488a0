import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, test } from 'vitest';
import { validationFieldErrors } from './graphQLFieldErrors.ts';

function refusal(code: string, fields?: unknown): CombinedError {
  return new CombinedError({ graphQLErrors: [new GraphQLError('refused', { extensions: { code, fields } })] });
}

describe('field errors of a VALIDATION_FAILED answer', () => {
  test('are keyed by the field inside the input, first message per field', () => {
    const error = refusal('VALIDATION_FAILED', [
      { path: ['input', 'email'], message: 'Enter a valid email address.' },
      { path: ['input', 'email'], message: 'A second problem.' },
      { path: ['input', 'username'], message: 'Use letters, digits, dots, dashes or underscores.' },
    ]);
    expect(validationFieldErrors(error)).toEqual({
      email: 'Enter a valid email address.',
      username: 'Use letters, digits, dots, dashes or underscores.',
    });
  });

  test('ignore other codes and malformed entries', () => {
    expect(validationFieldErrors(refusal('USERNAME_TAKEN', [{ path: ['input', 'username'], message: 'x' }]))).toEqual({});
    expect(validationFieldErrors(refusal('VALIDATION_FAILED', [{ path: 'email', message: 'x' }, null, { path: ['input'] }]))).toEqual({});
    expect(validationFieldErrors(undefined)).toEqual({});
  });
});
