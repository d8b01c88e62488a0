import { describe, expect, it } from 'vitest';
import { DomainError } from '@lanyard/core/domainError';
import { parseSecondFactorCodeInput } from './secondFactorCodeInput.ts';

function problemOf(body: unknown) {
  try {
    parseSecondFactorCodeInput(body);
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, fields: error.fields };
    throw error;
  }
  throw new Error('expected a validation failure');
}

describe('parseSecondFactorCodeInput', () => {
  it('keeps an authenticator code or a recovery code, without surrounding whitespace', () => {
    expect(parseSecondFactorCodeInput({ code: '123456' })).toEqual({ code: '123456' });
    expect(parseSecondFactorCodeInput({ code: ' abcde-12345\n' })).toEqual({ code: 'abcde-12345' });
  });

  it('leaves judging the code itself to identity', () => {
    expect(parseSecondFactorCodeInput({ code: '123 456' })).toEqual({ code: '123 456' });
    expect(parseSecondFactorCodeInput({ code: 'x' })).toEqual({ code: 'x' });
  });

  it('names the code field when it is missing, blank or not a string', () => {
    for (const body of [{}, { code: '' }, { code: '   ' }, { code: 123456 }, null, ['123456'], '123456']) {
      const { code, fields } = problemOf(body);
      expect(code).toBe('VALIDATION_FAILED');
      expect(fields).toEqual([{ path: ['code'], message: 'Enter the code from your authenticator app or a recovery code.' }]);
    }
  });

  it('limits the code to 64 characters', () => {
    expect(parseSecondFactorCodeInput({ code: '1'.repeat(64) })).toEqual({ code: '1'.repeat(64) });
    const { fields } = problemOf({ code: '1'.repeat(65) });
    expect(fields?.map((field) => field.path)).toEqual([['code']]);
    expect(fields?.[0]?.message).toMatch(/64/);
  });
});
