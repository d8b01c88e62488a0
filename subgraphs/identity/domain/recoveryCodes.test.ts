import { describe, expect, it } from 'vitest';
import {
  createRecoveryCodeHasher,
  generateRecoveryCodeKey,
  generateRecoveryCodes,
  normalizeRecoveryCode,
  RECOVERY_CODE_COUNT,
  type NormalizedRecoveryCode,
} from './recoveryCodes.ts';

const hasher = createRecoveryCodeHasher(generateRecoveryCodeKey());
const normalized = (input: string): NormalizedRecoveryCode => {
  const code = normalizeRecoveryCode(input);
  if (code === null) throw new Error(`not a recovery code: ${input}`);
  return code;
};

describe('recovery codes', () => {
  it('gives the user ten different codes of the form xxxxx-xxxxx, 50 random bits each', () => {
    const { codes } = generateRecoveryCodes(hasher, 'user-1');
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}$/);
  });

  it('never repeats a set (the codes are random, not derived from the user)', () => {
    expect(generateRecoveryCodes(hasher, 'user-1').codes).not.toEqual(generateRecoveryCodes(hasher, 'user-1').codes);
  });

  it('uses every symbol of the alphabet, with no letter that reads like another', () => {
    const symbols = new Set(
      Array.from({ length: 50 }, () => generateRecoveryCodes(hasher, 'user-1').codes.join('')).join('').replace(/-/g, ''),
    );
    expect([...symbols].sort().join('')).toBe('0123456789abcdefghjkmnpqrstvwxyz');
  });

  it('stores only hashes: no code appears in what is stored, and each code hashes to its stored value', () => {
    const { codes, hashes } = generateRecoveryCodes(hasher, 'user-1');
    expect(hashes).toHaveLength(RECOVERY_CODE_COUNT);
    codes.forEach((code, index) => {
      expect(hashes.join(' ')).not.toContain(code.replace('-', ''));
      expect(hasher.hash('user-1', normalized(code))).toBe(hashes[index]);
    });
  });

  it('accepts a code typed in capitals, with spaces, without or with another dash, or with O/I/L for 0/1/1', () => {
    const code = normalized('a0b1c-d2e3f');
    for (const typed of ['A0B1C-D2E3F', ' a0b1c d2e3f ', 'a0b1cd2e3f', 'a0b1c–d2e3f', 'aOb1c-d2e3f', 'a0bIc-d2e3f', 'a0bLc-d2e3f', 'ａ０ｂ１ｃ-ｄ２ｅ３ｆ']) {
      expect(normalizeRecoveryCode(typed)).toBe(code);
    }
  });

  it('refuses input that cannot be a recovery code before anything is looked up', () => {
    for (const typed of ['', '123456', 'a0b1c-d2e3', 'a0b1c-d2e3fg', 'a0b1c-d2e3u', 'a0b1c_d2e3f', 'a0b1c/d2e3f', 'a0b1c-d2é3f']) {
      expect(normalizeRecoveryCode(typed)).toBeNull();
    }
  });

  it('hashes the same code differently for another user and under another server key', () => {
    const code = normalized('a0b1c-d2e3f');
    expect(hasher.hash('user-1', code)).not.toBe(hasher.hash('user-2', code));
    expect(createRecoveryCodeHasher(generateRecoveryCodeKey()).hash('user-1', code)).not.toBe(hasher.hash('user-1', code));
  });

  it('refuses a server key that is not 256 bits of base64url', () => {
    expect(() => createRecoveryCodeHasher('')).toThrow(/256 random bits written as base64url/);
    expect(() => createRecoveryCodeHasher(Buffer.alloc(16).toString('base64url'))).toThrow(/256 random bits/);
  });
});
