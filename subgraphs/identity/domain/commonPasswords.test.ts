import type * as NodeFs from 'node:fs';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_PASSWORD_POLICY, evaluatePassword, failedRules } from '@lanyard/core/passwordPolicy';
import { commonPasswordsFileText } from '../../../scripts/generateCommonPasswords.ts';
import { commonPasswordsFile, isCommonPassword } from './commonPasswords.ts';

// Counts how often the list is read from disk, to show it is read once and only when first needed.
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof NodeFs>();
  return { ...fs, readFileSync: vi.fn(fs.readFileSync) };
});

describe('the common password check', () => {
  // First in this file on purpose: nothing has asked for the list yet.
  it('reads the list only at the first check, and only once', () => {
    expect(readFileSync).not.toHaveBeenCalled();
    isCommonPassword('password');
    isCommonPassword('correct horse battery staple');
    expect(readFileSync).toHaveBeenCalledTimes(1);
  });

  it('refuses the most common passwords in any case', () => {
    for (const password of ['123456', 'password', 'Password', 'PASSWORD', 'qwerty', 'P@ssw0rd', 'iloveyou1']) {
      expect(isCommonPassword(password), password).toBe(true);
    }
  });

  it('sees through full-width look-alikes', () => {
    expect(isCommonPassword('ｐａｓｓｗｏｒｄ')).toBe(true);
  });

  it('lets uncommon passwords through', () => {
    for (const password of ['Lanyard-Acme-7f3k!', 'correct horse battery staple', 'password ', '']) {
      expect(isCommonPassword(password), password).toBe(false);
    }
  });
});

describe('common passwords under the password policy', () => {
  const context = {
    policy: DEFAULT_PASSWORD_POLICY,
    username: 'casey',
    companyName: 'Acme MSP',
    isCommonPassword,
  };
  const rulesFailedBy = (password: string) =>
    failedRules(evaluatePassword(password, context)).map((result) => result.rule);

  it('refuses real entries of the list that meet every other rule', () => {
    // "p@ssw0rd" (rank 6,920) and "sasha_007" (rank 6,802) have a digit and a symbol already;
    // a capital letter is the usual "strengthening", and it does not make them less common.
    expect(rulesFailedBy('P@ssw0rd')).toEqual(['NOT_COMMON']);
    expect(rulesFailedBy('Sasha_007')).toEqual(['NOT_COMMON']);
  });

  it('passes "Password1!", which meets every rule and is not itself on the list', () => {
    // The list matches whole passwords: "password1" is on it, "password1!" is not.
    expect(isCommonPassword('password1')).toBe(true);
    expect(rulesFailedBy('Password1!')).toEqual([]);
  });
});

describe('the shipped list', () => {
  it('has exactly 10,000 distinct lower-case lines, most common first', async () => {
    const lines = (await readFile(commonPasswordsFile, 'utf8')).split('\n');
    expect(lines.pop()).toBe(''); // the file ends with a line break, and nothing follows it
    expect(lines).toHaveLength(10_000);
    expect(new Set(lines).size).toBe(10_000);
    expect(lines.slice(0, 2)).toEqual(['123456', 'password']);
    expect(lines.filter((line) => line !== line.toLowerCase())).toEqual([]);
  });

  it('is what scripts/generateCommonPasswords.ts makes from zxcvbn-ts (run it when this fails)', async () => {
    expect(await readFile(commonPasswordsFile, 'utf8')).toBe(commonPasswordsFileText());
  });
});
