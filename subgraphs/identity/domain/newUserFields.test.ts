import { describe, expect, it } from 'vitest';
import { checkNewUserFields } from './newUserFields.ts';

describe('new user fields', () => {
  it('trims every field, folds runs of spaces in the display name, and greets by username without one', () => {
    expect(checkNewUserFields({ username: ' casey ', email: ' casey@example.com ', displayName: '  Casey   Jones ' })).toEqual({
      fields: { username: 'casey', email: 'casey@example.com', displayName: 'Casey Jones' },
      problems: [],
    });
    expect(checkNewUserFields({ username: 'casey', email: 'casey@example.com', displayName: '  ' }).fields.displayName).toBe('casey');
  });

  it('takes usernames in any script with . _ - but nothing that separates', () => {
    for (const username of ['Zoë', 'm.müller', 'ops_1', 'a-b', '山田']) {
      expect(checkNewUserFields({ username, email: 'a@example.com', displayName: '' }).problems, username).toEqual([]);
    }
    for (const username of ['', 'two words', 'a@b', 'a/b', 'x'.repeat(65)]) {
      expect(checkNewUserFields({ username, email: 'a@example.com', displayName: '' }).problems.map((p) => p.field), username).toEqual([
        'username',
      ]);
    }
  });

  it('names each bad field: an address that is not one, a display name with a line break or too long', () => {
    const { problems } = checkNewUserFields({ username: 'ok', email: 'a@b@c', displayName: 'Evil\r\nBcc: x' });
    expect(problems.map((problem) => problem.field)).toEqual(['email', 'displayName']);
    expect(checkNewUserFields({ username: 'ok', email: 'a@example.com', displayName: 'x'.repeat(129) }).problems).toHaveLength(1);
  });
});
