import { graphql } from '../generated/gql.ts';

/** The Security page of Admin Settings: the company's password policy and saving a new minimum length. */

export const passwordPolicyQuery = graphql(`
  query PasswordPolicy {
    passwordPolicy {
      minLength
      maxLength
    }
  }
`);

export const updatePasswordPolicyMutation = graphql(`
  mutation UpdatePasswordPolicy($input: UpdatePasswordPolicyInput!) {
    updatePasswordPolicy(input: $input) {
      minLength
      maxLength
    }
  }
`);
