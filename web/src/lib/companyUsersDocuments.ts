import { graphql } from '../generated/gql.ts';

/**
 * The Users page of Admin Settings: the company's users and what a Master can do to one of them. Every
 * mutation answers the fields the list shows, so a row can be read straight from the answer; the page
 * still asks for the whole list again afterwards, since one change can move others (e.g. a revoked user
 * disappears).
 */

export const companyUsersQuery = graphql(`
  query CompanyUsers {
    companyUsers {
      id
      username
      displayName
      email
      role
      status
      createdAt
    }
  }
`);

export const inviteUserMutation = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
      username
      email
      status
    }
  }
`);

export const resendInvitationMutation = graphql(`
  mutation ResendInvitation($userId: ID!) {
    resendInvitation(userId: $userId) {
      id
      email
      status
    }
  }
`);

export const revokeInvitationMutation = graphql(`
  mutation RevokeInvitation($userId: ID!) {
    revokeInvitation(userId: $userId)
  }
`);

export const resetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($userId: ID!) {
    resetUserPassword(userId: $userId) {
      id
      status
    }
  }
`);

export const resetUserTwoFactorMutation = graphql(`
  mutation ResetUserTwoFactor($userId: ID!) {
    resetUserTwoFactor(userId: $userId) {
      id
      status
    }
  }
`);

export const deleteUserMutation = graphql(`
  mutation DeleteUser($userId: ID!) {
    deleteUser(userId: $userId)
  }
`);

export const changeUserRoleMutation = graphql(`
  mutation ChangeUserRole($input: ChangeUserRoleInput!) {
    changeUserRole(input: $input) {
      id
      role
    }
  }
`);
