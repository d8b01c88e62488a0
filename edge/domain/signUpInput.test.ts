import { describe, expect, it } from 'vitest';
import { DomainError } from '@lanyard/core/domainError';
import {
  SIGN_UP_TOKEN_PROBLEM,
  fieldsForEdgeBody,
  isLinkTokenShape,
  parseCompleteSignUpInput,
  parseSignUpInvitationInput,
} from './signUpInput.ts';

const TOKEN = 'Zm9vYmFyYmF6cXV4LXF1dXg_1234';

function problemOf(parse: () => unknown) {
  try {
    parse();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, fields: error.fields };
    throw error;
  }
  throw new Error('expected a validation failure');
}

describe('isLinkTokenShape', () => {
  it('accepts 20 to 200 characters of the base64url alphabet', () => {
    expect(isLinkTokenShape('a'.repeat(20))).toBe(true);
    expect(isLinkTokenShape('A-_z09'.repeat(33) + 'xy')).toBe(true);
    expect(isLinkTokenShape(TOKEN)).toBe(true);
  });

  it('refuses a token that is too short, too long, padded, or outside the alphabet', () => {
    for (const value of [
      'a'.repeat(19),
      'a'.repeat(201),
      `${'a'.repeat(22)}==`,
      `${'a'.repeat(22)}+/`,
      `${'a'.repeat(22)} `,
      `${'a'.repeat(22)}%20`,
      `${'a'.repeat(22)}é`,
      '',
      123,
      null,
      undefined,
    ]) {
      expect(isLinkTokenShape(value)).toBe(false);
    }
  });
});

describe('parseSignUpInvitationInput', () => {
  it('keeps a well-formed token exactly', () => {
    expect(parseSignUpInvitationInput({ token: TOKEN })).toEqual({ token: TOKEN });
  });

  it('names the token field when it is missing or malformed', () => {
    for (const body of [{}, { token: 'short' }, { token: `${TOKEN}=` }, null, [TOKEN], TOKEN]) {
      expect(problemOf(() => parseSignUpInvitationInput(body))).toEqual({
        code: 'VALIDATION_FAILED',
        fields: [{ path: ['token'], message: SIGN_UP_TOKEN_PROBLEM }],
      });
    }
  });
});

describe('parseCompleteSignUpInput', () => {
  it('keeps the token and the password as typed, spaces included', () => {
    expect(parseCompleteSignUpInput({ token: TOKEN, password: ' Secret 1! ' })).toEqual({ token: TOKEN, password: ' Secret 1! ' });
  });

  it('names every bad field at once', () => {
    const { code, fields } = problemOf(() => parseCompleteSignUpInput({ token: 'x', password: '' }));
    expect(code).toBe('VALIDATION_FAILED');
    expect(fields?.map((field) => field.path)).toEqual([['token'], ['password']]);
  });

  it('limits the password to 1024 characters, leaving the policy to identity', () => {
    expect(parseCompleteSignUpInput({ token: TOKEN, password: 'a'.repeat(1024) }).password).toHaveLength(1024);
    expect(parseCompleteSignUpInput({ token: TOKEN, password: 'a' })).toEqual({ token: TOKEN, password: 'a' });
    const { fields } = problemOf(() => parseCompleteSignUpInput({ token: TOKEN, password: 'a'.repeat(1025) }));
    expect(fields).toEqual([{ path: ['password'], message: 'The password must be at most 1024 characters.' }]);
  });
});

describe('fieldsForEdgeBody', () => {
  it("maps identity's input paths to the edge's body paths and keeps the messages", () => {
    expect(
      fieldsForEdgeBody([
        { path: ['input', 'password'], message: 'At least one digit' },
        { path: ['input', 'password'], message: 'Is not a commonly used password' },
      ]),
    ).toEqual([
      { path: ['password'], message: 'At least one digit' },
      { path: ['password'], message: 'Is not a commonly used password' },
    ]);
  });
});
