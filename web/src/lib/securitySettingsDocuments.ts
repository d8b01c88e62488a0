import { graphql } from '../generated/gql.ts';

/**
 * The Security page of Admin Settings beyond the password policy: lockout and session settings and the
 * IP Address Access List. Both mutations answer the whole settings, so the page reads what the server
 * now holds from the answer.
 */

/** The list as the editor shows and sends it: the same fields in the page's query and the save's answer. */
export const ipAccessListFieldsFragment = graphql(`
  fragment IpAccessListFields on IpAccessList {
    enabled
    mode
    entries {
      range
      label
    }
  }
`);

export const securitySettingsQuery = graphql(`
  query SecuritySettings {
    securitySettings {
      lockoutThreshold
      lockoutDurationMinutes
      sessionIdleTimeoutMinutes
      sessionLifetimeMinutes
      ipAccessList {
        ...IpAccessListFields
      }
    }
  }
`);

export const updateSecuritySettingsMutation = graphql(`
  mutation UpdateSecuritySettings($input: UpdateSecuritySettingsInput!) {
    updateSecuritySettings(input: $input) {
      lockoutThreshold
      lockoutDurationMinutes
      sessionIdleTimeoutMinutes
      sessionLifetimeMinutes
    }
  }
`);

export const updateIpAccessListMutation = graphql(`
  mutation UpdateIpAccessList($input: UpdateIpAccessListInput!) {
    updateIpAccessList(input: $input) {
      ipAccessList {
        ...IpAccessListFields
      }
    }
  }
`);
