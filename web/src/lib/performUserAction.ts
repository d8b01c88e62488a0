import type { Client, CombinedError } from '@urql/core';
import {
  changeUserRoleMutation,
  deleteUserMutation,
  resendInvitationMutation,
  resetUserPasswordMutation,
  resetUserTwoFactorMutation,
  revokeInvitationMutation,
} from './companyUsersDocuments.ts';
import type { UserAction } from './userActions.ts';

/** Sends the mutation behind a users-list action; answers its error, or undefined when it succeeded. */
export async function performUserAction(client: Client, action: UserAction, userId: string): Promise<CombinedError | undefined> {
  const result = await sendMutation(client, action, userId);
  return result.error;
}

function sendMutation(client: Client, action: UserAction, userId: string): Promise<{ error?: CombinedError }> {
  switch (action) {
    case 'RESEND_INVITATION':
      return client.mutation(resendInvitationMutation, { userId }).toPromise();
    case 'REVOKE_INVITATION':
      return client.mutation(revokeInvitationMutation, { userId }).toPromise();
    case 'RESET_PASSWORD':
      return client.mutation(resetUserPasswordMutation, { userId }).toPromise();
    case 'RESET_TWO_FACTOR':
      return client.mutation(resetUserTwoFactorMutation, { userId }).toPromise();
    case 'MAKE_MASTER':
      return client.mutation(changeUserRoleMutation, { input: { userId, role: 'MASTER' } }).toPromise();
    case 'MAKE_USER':
      return client.mutation(changeUserRoleMutation, { input: { userId, role: 'USER' } }).toPromise();
    case 'DELETE':
      return client.mutation(deleteUserMutation, { userId }).toPromise();
  }
}
