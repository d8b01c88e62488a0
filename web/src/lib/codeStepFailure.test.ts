import { describe, expect, test } from 'vitest';
import { reactToCodeFailure } from './codeStepFailure.ts';

describe('a refused code at the second factor', () => {
  test('a locked account ends this sign-in, saying how long to wait', () => {
    expect(reactToCodeFailure({ kind: 'refused', code: 'ACCOUNT_LOCKED', fieldErrors: [], retryAfterSeconds: 900 })).toEqual({
      kind: 'restart',
      sentence: 'Too many wrong attempts. Try again in 15 minutes.',
    });
  });

  test('a rate-limited network keeps the step, with an empty field for a fresh code after the wait', () => {
    expect(reactToCodeFailure({ kind: 'refused', code: 'RATE_LIMITED', fieldErrors: [], retryAfterSeconds: 120 })).toEqual({
      kind: 'formError',
      sentence: 'Too many failed sign-ins from your network. Try again in 2 minutes.',
      clearCode: true,
    });
  });

  test('an address outside the list is named', () => {
    expect(reactToCodeFailure({ kind: 'refused', code: 'IP_NOT_ALLOWED', fieldErrors: [], clientAddress: '2001:db8::7' })).toEqual({
      kind: 'formError',
      sentence: 'Your company allows sign-in only from listed addresses; ask your administrator to add 2001:db8::7.',
      clearCode: false,
    });
  });
});
