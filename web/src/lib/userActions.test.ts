import { describe, expect, test } from 'vitest';
import { confirmationFor, userActionsFor, type ListedUser } from './userActions.ts';

const casey: ListedUser = { id: 'u-casey', username: 'casey', email: 'casey@acme.example', role: 'USER', status: 'ACTIVE' };

describe('the actions a Master is offered for a user', () => {
  test('an active User can have their password or 2FA reset, be made a Master, or be deleted', () => {
    expect(userActionsFor(casey)).toEqual(['RESET_PASSWORD', 'RESET_TWO_FACTOR', 'MAKE_MASTER', 'DELETE']);
  });

  test('a Master can be made a User', () => {
    expect(userActionsFor({ ...casey, role: 'MASTER' })).toContain('MAKE_USER');
    expect(userActionsFor({ ...casey, role: 'MASTER' })).not.toContain('MAKE_MASTER');
  });

  test('the Root Master is never offered a role change or deletion', () => {
    const actions = userActionsFor({ ...casey, role: 'ROOT_MASTER' });
    expect(actions).toEqual(['RESET_PASSWORD', 'RESET_TWO_FACTOR']);
  });

  test('an invited user gets their invitation resent or revoked, and no password or 2FA reset', () => {
    const actions = userActionsFor({ ...casey, status: 'INVITED' });
    expect(actions).toEqual(['RESEND_INVITATION', 'REVOKE_INVITATION', 'MAKE_MASTER']);
  });

  test('a user without an authenticator has no 2FA to reset', () => {
    expect(userActionsFor({ ...casey, status: 'TWO_FACTOR_NOT_SET_UP' })).not.toContain('RESET_TWO_FACTOR');
  });
});

describe('asking before an action', () => {
  test('a password reset says what happens to the current password', () => {
    expect(confirmationFor('RESET_PASSWORD', casey)?.sentence).toBe(
      'Reset the password of casey? Their current password stops working at once and they get an email to choose a new one.',
    );
  });

  test('every destructive action asks first; resending an invitation does not', () => {
    for (const action of ['REVOKE_INVITATION', 'RESET_PASSWORD', 'RESET_TWO_FACTOR', 'MAKE_MASTER', 'MAKE_USER', 'DELETE'] as const) {
      expect(confirmationFor(action, casey)?.sentence).toContain('casey');
    }
    expect(confirmationFor('RESEND_INVITATION', casey)).toBeNull();
  });

  test('an action that ends your own sessions says it signs you out', () => {
    expect(confirmationFor('MAKE_USER', { ...casey, role: 'MASTER' }, true)?.sentence).toMatch(/you are signed out at once\.$/);
    expect(confirmationFor('MAKE_USER', { ...casey, role: 'MASTER' }, false)?.sentence).not.toMatch(/signed out/);
  });
});
