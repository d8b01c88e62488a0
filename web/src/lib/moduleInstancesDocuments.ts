import { graphql } from '../generated/gql.ts';

/**
 * The Modules page of Admin Settings: the company's module instances with how each integrates through
 * OpenID Connect, and what a Master can change in one. Every mutation answers what the list shows; the
 * page still asks for the whole list again afterwards, so it shows what the server now holds. A client
 * secret arrives only in the answer that made it, once.
 */

export const moduleInstancesQuery = graphql(`
  query ModuleInstances {
    companyModuleInstances {
      ...ListedModuleInstance
    }
  }
`);

export const listedModuleInstanceFragment = graphql(`
  fragment ListedModuleInstance on ModuleInstance {
    id
    moduleName
    instanceName
    baseUrl
    landingPageUrl
    localLoginUrl
    iconUrl
    unifiedLoginEnabled
    oidcClient {
      clientId
      clientType
      redirectUris
      postLogoutRedirectUris
      backchannelLogoutUri
      initiateLoginUri
      secretCreatedAt
    }
    provisioning {
      enabled
      scimBaseUrl
      scimTokenSet
      scimTokenSetAt
      defaultRole
      masterRole
      userRole
    }
  }
`);

export const createModuleInstanceMutation = graphql(`
  mutation CreateModuleInstance($input: CreateModuleInstanceInput!) {
    createModuleInstance(input: $input) {
      instance {
        ...ListedModuleInstance
      }
      clientSecret
    }
  }
`);

export const updateModuleInstanceMutation = graphql(`
  mutation UpdateModuleInstance($input: UpdateModuleInstanceInput!) {
    updateModuleInstance(input: $input) {
      ...ListedModuleInstance
    }
  }
`);

export const setUnifiedLoginMutation = graphql(`
  mutation SetUnifiedLogin($instanceId: ID!, $enabled: Boolean!) {
    setUnifiedLogin(instanceId: $instanceId, enabled: $enabled) {
      id
      unifiedLoginEnabled
    }
  }
`);

export const rotateClientSecretMutation = graphql(`
  mutation RotateClientSecret($instanceId: ID!) {
    rotateClientSecret(instanceId: $instanceId) {
      instance {
        ...ListedModuleInstance
      }
      clientSecret
    }
  }
`);

export const deleteModuleInstanceMutation = graphql(`
  mutation DeleteModuleInstance($instanceId: ID!) {
    deleteModuleInstance(instanceId: $instanceId)
  }
`);

/** Automatic user provisioning of one instance; the token only goes in, never comes back. */
export const setModuleProvisioningMutation = graphql(`
  mutation SetModuleProvisioning($input: ModuleProvisioningInput!) {
    setModuleProvisioning(input: $input) {
      ...ListedModuleInstance
    }
  }
`);
