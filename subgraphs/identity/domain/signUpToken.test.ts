import { describe, expect, it } from 'vitest';
import {
  generateSignUpToken,
  hashSignUpToken,
  isWellFormedSignUpToken,
  signUpTokenExpiry,
  signUpUrl,
} from './signUpToken.ts';

describe('sign-up tokens', () => {
  it('are 256 random bits in base64url, different every time', () => {
    const tokens = new Set(Array.from({ length: 100 }, generateSignUpToken));
    expect(tokens.size).toBe(100);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(isWellFormedSignUpToken(token)).toBe(true);
    }
  });

  it('refuses anything that is not such a token before it is looked up', () => {
    for (const token of ['', 'short', `${'a'.repeat(43)}=`, 'a'.repeat(44), `${'a'.repeat(42)}/`]) {
      expect(isWellFormedSignUpToken(token)).toBe(false);
    }
  });

  it('is stored as a SHA-256 hash that never equals the token', () => {
    const token = generateSignUpToken();
    expect(hashSignUpToken(token)).toBe(hashSignUpToken(token));
    expect(hashSignUpToken(token)).not.toBe(token);
    expect(hashSignUpToken(token)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('works for 72 hours', () => {
    expect(signUpTokenExpiry(new Date('2030-01-01T00:00:00Z')).toISOString()).toBe('2030-01-04T00:00:00.000Z');
  });

  it('travels in the fragment of the sign-up page, never in the path or query', () => {
    expect(signUpUrl('https://lanyard.example/', 'abc')).toBe('https://lanyard.example/sign-up#token=abc');
    expect(signUpUrl('http://127.0.0.1:8787', 'abc')).toBe('http://127.0.0.1:8787/sign-up#token=abc');
  });
});
