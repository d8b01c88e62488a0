import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, test } from 'vitest';
import { accessGroupErrorSentence } from './accessGroupErrorSentence.ts';

function refusal(code: string): CombinedError {
  return new CombinedError({ graphQLErrors: [new GraphQLError('refused', { extensions: { code } })] });
}

describe('why a change to a group failed', () => {
  test('a group deleted meanwhile is named as a group, not a user', () => {
    expect(accessGroupErrorSentence(refusal('NOT_FOUND'))).toBe(
      'This group no longer exists. The list now shows the groups that are left.',
    );
  });

  test('the Root Master cannot leave All modules', () => {
    expect(accessGroupErrorSentence(refusal('ROOT_MASTER_PROTECTED'))).toBe('The Root Master always belongs to All modules.');
  });

  test('the system groups say what cannot be done to them', () => {
    expect(accessGroupErrorSentence(refusal('SYSTEM_GROUP_PROTECTED'))).toBe(
      'All modules and No access are system groups: they cannot be renamed, deactivated or deleted.',
    );
  });

  test('someone who is no longer a Master is told who can do this', () => {
    expect(accessGroupErrorSentence(refusal('FORBIDDEN'))).toBe('Only Master users can manage users. Ask a Master of your company.');
  });

  test('no answer at all is about the connection', () => {
    const offline = new CombinedError({ networkError: new Error('offline') });
    expect(accessGroupErrorSentence(offline)).toBe('Lanyard could not be reached. Check your connection and try again.');
  });
});
