import { describe, expect, it } from 'vitest';
import {
  accountLinkExpiry,
  generateAccountLinkToken,
  hashAccountLinkToken,
  isWellFormedAccountLinkToken,
  passwordResetUrl,
  signUpUrl,
} from './accountLinkToken.ts';

describe('account link tokens', () => {
  it('are 256 random bits in base64url, different every time', () => {
    const tokens = new Set(Array.from({ length: 100 }, generateAccountLinkToken));
    expect(tokens.size).toBe(100);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(isWellFormedAccountLinkToken(token)).toBe(true);
    }
  });

  it('refuses anything that is not such a token before it is looked up', () => {
    for (const token of ['', 'short', `${'a'.repeat(43)}=`, 'a'.repeat(44), `${'a'.repeat(42)}/`]) {
      expect(isWellFormedAccountLinkToken(token)).toBe(false);
    }
  });

  it('is stored as a SHA-256 hash that never equals the token', () => {
    const token = generateAccountLinkToken();
    expect(hashAccountLinkToken(token)).toBe(hashAccountLinkToken(token));
    expect(hashAccountLinkToken(token)).not.toBe(token);
    expect(hashAccountLinkToken(token)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('works for 72 hours as a sign-up link, 30 minutes as a password reset link', () => {
    const issuedAt = new Date('2030-01-01T00:00:00Z');
    expect(accountLinkExpiry('SIGN_UP', issuedAt).toISOString()).toBe('2030-01-04T00:00:00.000Z');
    expect(accountLinkExpiry('PASSWORD_RESET', issuedAt).toISOString()).toBe('2030-01-01T00:30:00.000Z');
  });

  it('travels in the fragment of the sign-up or reset-password page, never in the path or query', () => {
    expect(signUpUrl('https://lanyard.example/', 'abc')).toBe('https://lanyard.example/sign-up#token=abc');
    expect(signUpUrl('http://127.0.0.1:8787', 'abc')).toBe('http://127.0.0.1:8787/sign-up#token=abc');
    expect(passwordResetUrl('https://lanyard.example/', 'abc')).toBe('https://lanyard.example/reset-password#token=abc');
  });
});
