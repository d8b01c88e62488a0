import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwordHashing.ts';

describe('password hashing', () => {
  it('stores argon2id at the OWASP minimum, never the password', async () => {
    const stored = await hashPassword('Correct-horse-9');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(stored).not.toContain('Correct-horse-9');
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('Correct-horse-9');
    expect(await verifyPassword(stored, 'Correct-horse-9')).toBe(true);
    expect(await verifyPassword(stored, 'correct-horse-9')).toBe(false);
  });

  it('refuses any password for an account that does not exist', async () => {
    expect(await verifyPassword(undefined, 'Correct-horse-9')).toBe(false);
    expect(await verifyPassword(undefined, '')).toBe(false);
  });
});
