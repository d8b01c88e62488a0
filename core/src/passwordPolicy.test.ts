import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PASSWORD_POLICY,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH_RANGE,
  evaluatePassword,
  failedRules,
  validatePasswordPolicySettings,
  type PasswordContext,
  type PasswordRule,
} from './passwordPolicy.ts';

const acmeCasey: PasswordContext = { policy: DEFAULT_PASSWORD_POLICY, username: 'casey', companyName: 'Acme MSP' };

/** The rules a password breaks for Casey at Acme MSP, under the default policy unless given another. */
function rulesFailedBy(password: string, context: Partial<PasswordContext> = {}): PasswordRule[] {
  return failedRules(evaluatePassword(password, { ...acmeCasey, ...context })).map((result) => result.rule);
}

describe('password policy settings', () => {
  it('default to a minimum of 8 characters within 8 to 64, and a fixed maximum of 128', () => {
    expect(DEFAULT_PASSWORD_POLICY).toEqual({ minLength: 8 });
    expect(PASSWORD_MIN_LENGTH_RANGE).toEqual({ min: 8, max: 64 });
    expect(PASSWORD_MAX_LENGTH).toBe(128);
  });

  it('accept a minimum length of 8 and of 64', () => {
    expect(validatePasswordPolicySettings({ minLength: 8 })).toEqual([]);
    expect(validatePasswordPolicySettings({ minLength: 64 })).toEqual([]);
  });

  it('refuse a minimum length of 7 or 65, naming the field', () => {
    for (const minLength of [7, 65]) {
      expect(validatePasswordPolicySettings({ minLength })).toEqual([
        { path: ['minLength'], message: 'The minimum length must be a whole number from 8 to 64.' },
      ]);
    }
  });

  it('refuse a minimum length that is not a whole number', () => {
    for (const minLength of [12.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(validatePasswordPolicySettings({ minLength })).toHaveLength(1);
    }
  });
});

describe('evaluating a password', () => {
  it('lists every rule with the sentence the checklist shows', () => {
    expect(evaluatePassword('', acmeCasey).map(({ rule, description }) => [rule, description])).toEqual([
      ['MIN_LENGTH', 'At least 8 characters'],
      ['MAX_LENGTH', 'At most 128 characters'],
      ['LOWERCASE', 'At least one lower-case letter'],
      ['UPPERCASE', 'At least one upper-case letter'],
      ['DIGIT', 'At least one digit'],
      ['SYMBOL', 'At least one symbol, such as ! # % or a space'],
      ['NOT_USERNAME', 'Does not contain your username'],
      ['NOT_COMPANY_NAME', 'Does not contain your company name'],
    ]);
  });

  it('passes a password that meets every rule', () => {
    expect(rulesFailedBy('Password1!')).toEqual([]);
    expect(rulesFailedBy('Tr0ub4dor&3')).toEqual([]);
  });

  it('fails only the rule a password breaks', () => {
    expect(rulesFailedBy('Pass1!x')).toEqual(['MIN_LENGTH']);
    expect(rulesFailedBy(`Aa1!${'x'.repeat(PASSWORD_MAX_LENGTH - 3)}`)).toEqual(['MAX_LENGTH']);
    expect(rulesFailedBy('PASSWORD1!')).toEqual(['LOWERCASE']);
    expect(rulesFailedBy('password1!')).toEqual(['UPPERCASE']);
    expect(rulesFailedBy('Password!!')).toEqual(['DIGIT']);
    expect(rulesFailedBy('Password12')).toEqual(['SYMBOL']);
    expect(rulesFailedBy('Casey-2026!x')).toEqual(['NOT_USERNAME']);
    expect(rulesFailedBy('Acme MSP-2026!')).toEqual(['NOT_COMPANY_NAME']);
    expect(rulesFailedBy('Password1!', { isCommonPassword: () => true })).toEqual(['NOT_COMMON']);
  });

  it('starts an empty password with the "at least" rules unmet and nothing else', () => {
    expect(rulesFailedBy('')).toEqual(['MIN_LENGTH', 'LOWERCASE', 'UPPERCASE', 'DIGIT', 'SYMBOL']);
  });

  it('uses the company minimum length in the rule and its sentence', () => {
    const policy = { minLength: 12 };
    const [minLengthRule] = evaluatePassword('Password1!ab', { ...acmeCasey, policy });
    expect(minLengthRule).toEqual({ rule: 'MIN_LENGTH', passed: true, description: 'At least 12 characters' });
    expect(rulesFailedBy('Password1!a', { policy })).toEqual(['MIN_LENGTH']);
  });

  it('never enforces less than 8 characters, even if a stored policy says so', () => {
    expect(rulesFailedBy('Pass1!x', { policy: { minLength: 4 } })).toEqual(['MIN_LENGTH']);
  });
});

describe('length', () => {
  const prefix = 'Aa1!';

  it('allows 128 characters and refuses 129', () => {
    expect(rulesFailedBy(prefix + 'x'.repeat(128 - prefix.length))).toEqual([]);
    expect(rulesFailedBy(prefix + 'x'.repeat(129 - prefix.length))).toEqual(['MAX_LENGTH']);
  });

  it('counts an emoji as one character, though it takes two UTF-16 units', () => {
    const sevenCharacters = 'Aa1!xx😀';
    expect(sevenCharacters).toHaveLength(8);
    expect(rulesFailedBy(sevenCharacters)).toEqual(['MIN_LENGTH']);
    expect(rulesFailedBy(prefix + 'x'.repeat(123) + '😀')).toEqual([]); // 128 characters, 129 UTF-16 units
  });

  it('counts "é" as one character, typed composed or as "e" plus an accent', () => {
    expect(rulesFailedBy('Aa1!xxé')).toEqual(['MIN_LENGTH']);
    expect(rulesFailedBy('Aa1!xxe\u0301')).toEqual(['MIN_LENGTH']);
    expect(rulesFailedBy('Aa1!xxxé')).toEqual([]);
  });
});

describe('character classes in any script', () => {
  it('counts "É" as upper-case and "é" as lower-case', () => {
    expect(rulesFailedBy('Éléphant1!')).toEqual([]);
    expect(rulesFailedBy('ÉLÉPHANT1!')).toEqual(['LOWERCASE']);
    expect(rulesFailedBy('éléphant1!')).toEqual(['UPPERCASE']);
  });

  it('counts letters of other cased scripts (Greek, Cyrillic)', () => {
    expect(rulesFailedBy('Σοφία2026!')).toEqual([]);
    expect(rulesFailedBy('Москва2026!')).toEqual([]);
  });

  it('counts digits of any script', () => {
    expect(rulesFailedBy('Password٣!')).toEqual([]);
  });

  it('counts punctuation, emoji and spaces as symbols, but not letters, digits or accents', () => {
    for (const symbol of ['!', '€', '¿', '😀', ' ', '_']) {
      expect(rulesFailedBy(`Password1${symbol}`)).toEqual([]);
    }
    expect(rulesFailedBy('Passwordé1')).toEqual(['SYMBOL']);
    expect(rulesFailedBy('Passworde\u03011')).toEqual(['SYMBOL']);
    expect(rulesFailedBy('Password語1')).toEqual(['SYMBOL']);
  });
});

describe('names inside a password', () => {
  it('refuses the username anywhere in the password, in any case', () => {
    expect(rulesFailedBy('MyCasey#2026')).toEqual(['NOT_USERNAME']);
    expect(rulesFailedBy('myCASEY#2026')).toEqual(['NOT_USERNAME']);
    expect(rulesFailedBy('X1!casey', { username: 'Casey' })).toEqual(['NOT_USERNAME']);
  });

  it('refuses a password equal to the username', () => {
    expect(rulesFailedBy('Casey#2026', { username: 'Casey#2026' })).toEqual(['NOT_USERNAME']);
  });

  it('sees through full-width look-alikes of the username', () => {
    expect(rulesFailedBy('ＣＡＳＥＹ#2026x')).toEqual(['NOT_USERNAME']);
  });

  it('refuses the company name with its space, and without it', () => {
    expect(rulesFailedBy('I love acme msp 1!')).toEqual(['NOT_COMPANY_NAME']);
    expect(rulesFailedBy('#1 at ACME MSP')).toEqual(['NOT_COMPANY_NAME']);
    expect(rulesFailedBy('AcmeMSP2026!')).toEqual(['NOT_COMPANY_NAME']);
  });

  it('does not refuse a password that only shares part of a name', () => {
    expect(rulesFailedBy('Acme-2026!x')).toEqual([]);
    expect(rulesFailedBy('Case-2026!x')).toEqual([]);
  });

  it('ignores names of one or two characters, which occur by chance in strong passwords', () => {
    expect(rulesFailedBy('Jolly-Roger-7', { username: 'jo', companyName: '3M' })).toEqual([]);
    expect(rulesFailedBy('Room-3M-Jolly!', { username: 'jo', companyName: '3M' })).toEqual([]);
    expect(rulesFailedBy('Mr-Joe-2026!', { username: 'joe' })).toEqual(['NOT_USERNAME']);
  });
});

describe('common passwords', () => {
  it('are checked only when a checker is given, as the server does and the browser cannot', () => {
    const rules = (context: Partial<PasswordContext>) =>
      evaluatePassword('Password1!', { ...acmeCasey, ...context }).map((result) => result.rule);
    expect(rules({})).not.toContain('NOT_COMMON');
    expect(rules({ isCommonPassword: () => false })).toContain('NOT_COMMON');
  });

  it('hand the checker the password folded to lower case', () => {
    const asked: string[] = [];
    const recordingChecker = (password: string) => {
      asked.push(password);
      return false;
    };
    evaluatePassword('PassWord1!', { ...acmeCasey, isCommonPassword: recordingChecker });
    expect(asked).toEqual(['password1!']);
  });

  it('fail with the sentence the checklist shows', () => {
    const evaluation = evaluatePassword('Password1!', { ...acmeCasey, isCommonPassword: () => true });
    expect(failedRules(evaluation)).toEqual([
      { rule: 'NOT_COMMON', passed: false, description: 'Is not a commonly used password' },
    ]);
  });
});
