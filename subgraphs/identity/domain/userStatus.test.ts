import { describe, expect, it } from 'vitest';
import { userStatus } from './userStatus.ts';

describe('user status', () => {
  it('says what the user still has to do, first the password, then the authenticator', () => {
    expect(userStatus({ hasPassword: false, everActivated: false, hasConfirmedAuthenticator: false })).toBe('INVITED');
    expect(userStatus({ hasPassword: false, everActivated: true, hasConfirmedAuthenticator: true })).toBe('PASSWORD_RESET_PENDING');
    expect(userStatus({ hasPassword: true, everActivated: true, hasConfirmedAuthenticator: false })).toBe('TWO_FACTOR_NOT_SET_UP');
    expect(userStatus({ hasPassword: true, everActivated: true, hasConfirmedAuthenticator: true })).toBe('ACTIVE');
  });
});
