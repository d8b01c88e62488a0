import { describe, expect, it } from 'vitest';
import { normalizeUsername } from './username.ts';

describe('usernames', () => {
  it('compare case-insensitively and ignore surrounding spaces', () => {
    expect(normalizeUsername('  Casey ')).toBe(normalizeUsername('casey'));
  });

  it('fold full-width look-alikes into the plain name', () => {
    expect(normalizeUsername('ＲＯＯＴ')).toBe('root');
  });

  it('keep different names different', () => {
    expect(normalizeUsername('casey')).not.toBe(normalizeUsername('casey2'));
  });
});
