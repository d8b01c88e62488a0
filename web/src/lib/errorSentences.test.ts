import { describe, expect, test } from 'vitest';
import { sentenceForEdgeFailure, sentenceForErrorCode } from './errorSentences.ts';

describe('sentences for refusals at sign-in', () => {
  test('a locked account says how long to wait', () => {
    expect(sentenceForEdgeFailure({ kind: 'refused', code: 'ACCOUNT_LOCKED', fieldErrors: [], retryAfterSeconds: 840 })).toBe(
      'Too many wrong attempts. Try again in 14 minutes.',
    );
  });

  test('a rate-limited network says how long to wait', () => {
    expect(sentenceForEdgeFailure({ kind: 'refused', code: 'RATE_LIMITED', fieldErrors: [], retryAfterSeconds: 30 })).toBe(
      'Too many failed sign-ins from your network. Try again in 1 minute.',
    );
  });

  test('an address outside the list is named, so the person can ask for it to be added', () => {
    expect(sentenceForEdgeFailure({ kind: 'refused', code: 'IP_NOT_ALLOWED', fieldErrors: [], clientAddress: '203.0.113.7' })).toBe(
      'Your company allows sign-in only from listed addresses; ask your administrator to add 203.0.113.7.',
    );
  });

  test('without the details, or with an address the edge could not see, the catalog sentence stands', () => {
    expect(sentenceForErrorCode('ACCOUNT_LOCKED')).toBe('Too many wrong attempts. Wait 15 minutes, then sign in again.');
    expect(sentenceForErrorCode('IP_NOT_ALLOWED', { clientAddress: 'unknown' })).toBe(
      'Your company allows sign-in only from listed addresses. Ask your administrator to add your address.',
    );
  });

  test('a code this console does not know gets a general sentence', () => {
    expect(sentenceForErrorCode('SOMETHING_NEW')).toBe('Something went wrong. Try again in a moment.');
  });
});
