import { describe, expect, it } from 'vitest';
import { DomainError } from '@lanyard/core/domainError';
import { parseSignInInput } from './signInInput.ts';

function problemsOf(body: unknown) {
  try {
    parseSignInInput(body);
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, fields: error.fields };
    throw error;
  }
  throw new Error('expected a validation failure');
}

describe('parseSignInInput', () => {
  it('trims the names and keeps the password as typed', () => {
    expect(parseSignInInput({ username: '  ada ', companyName: ' Acme Ltd ', password: ' secret ' })).toEqual({
      username: 'ada',
      companyName: 'Acme Ltd',
      password: ' secret ',
    });
  });

  it('names every missing field', () => {
    const { code, fields } = problemsOf({});
    expect(code).toBe('VALIDATION_FAILED');
    expect(fields?.map((field) => field.path)).toEqual([['username'], ['companyName'], ['password']]);
  });

  it('refuses blank names and wrong types', () => {
    const { fields } = problemsOf({ username: '   ', companyName: 42, password: 'x' });
    expect(fields?.map((field) => field.path)).toEqual([['username'], ['companyName']]);
  });

  it('refuses a body that is not an object', () => {
    expect(problemsOf(['ada', 'Acme', 'pw']).fields).toHaveLength(3);
    expect(problemsOf(null).fields).toHaveLength(3);
  });

  it('limits names to 128 and passwords to 1024 characters', () => {
    expect(parseSignInInput({ username: 'a'.repeat(128), companyName: 'c', password: 'p'.repeat(1024) })).toBeTruthy();
    const { fields } = problemsOf({ username: 'a'.repeat(129), companyName: 'c'.repeat(129), password: 'p'.repeat(1025) });
    expect(fields?.map((field) => field.path)).toEqual([['username'], ['companyName'], ['password']]);
    expect(fields?.[2]?.message).toMatch(/1024/);
  });
});
