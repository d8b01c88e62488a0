import type { UserStatus } from '../generated/graphql.ts';

/** How a user's status reads in the users list. */
export function userStatusLabel(status: UserStatus): string {
  switch (status) {
    case 'INVITED':
      return 'Invited';
    case 'PASSWORD_RESET_PENDING':
      return 'Password reset pending';
    case 'TWO_FACTOR_NOT_SET_UP':
      return '2FA not set up';
    case 'ACTIVE':
      return 'Active';
  }
}
