import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, test } from 'vitest';
import { accessGroupNameFieldError, missingAccessGroupName } from './accessGroupNameField.ts';

function refusal(code: string, fields?: unknown): CombinedError {
  return new CombinedError({ graphQLErrors: [new GraphQLError('refused', { extensions: { code, fields } })] });
}

describe('the sentence under a group name', () => {
  test('an empty name, or one of spaces only, is asked for', () => {
    expect(missingAccessGroupName('  ')).toBe('Enter a name for the group.');
    expect(missingAccessGroupName('Support')).toBeNull();
  });

  test('a name the company has already says so', () => {
    expect(accessGroupNameFieldError(refusal('ACCESS_GROUP_NAME_TAKEN'))).toBe(
      'Your company already has a group with this name. Choose another one.',
    );
  });

  test("the server's rule for names is shown as it says it", () => {
    const tooLong = refusal('VALIDATION_FAILED', [{ path: ['input', 'name'], message: 'A group name is 1 to 64 characters.' }]);
    expect(accessGroupNameFieldError(tooLong)).toBe('A group name is 1 to 64 characters.');
  });

  test('other refusals are not about the name', () => {
    expect(accessGroupNameFieldError(refusal('FORBIDDEN'))).toBeNull();
    expect(accessGroupNameFieldError(refusal('VALIDATION_FAILED', [{ path: ['input', 'groupId'], message: 'x' }]))).toBeNull();
  });
});
