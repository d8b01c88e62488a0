/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AccessGroups {\n    accessGroups {\n      id\n      name\n      kind\n      active\n      allInstances\n      members {\n        id\n      }\n      instances {\n        id\n        moduleName\n        instanceName\n      }\n    }\n  }\n": typeof types.AccessGroupsDocument,
    "\n  mutation CreateAccessGroup($input: CreateAccessGroupInput!) {\n    createAccessGroup(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateAccessGroupDocument,
    "\n  mutation RenameAccessGroup($input: RenameAccessGroupInput!) {\n    renameAccessGroup(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.RenameAccessGroupDocument,
    "\n  mutation SetAccessGroupActive($input: SetAccessGroupActiveInput!) {\n    setAccessGroupActive(input: $input) {\n      id\n      active\n    }\n  }\n": typeof types.SetAccessGroupActiveDocument,
    "\n  mutation DeleteAccessGroup($groupId: ID!) {\n    deleteAccessGroup(groupId: $groupId)\n  }\n": typeof types.DeleteAccessGroupDocument,
    "\n  mutation SetAccessGroupMembers($input: SetAccessGroupMembersInput!) {\n    setAccessGroupMembers(input: $input) {\n      id\n      members {\n        id\n      }\n    }\n  }\n": typeof types.SetAccessGroupMembersDocument,
    "\n  mutation SetAccessGroupInstances($input: SetAccessGroupInstancesInput!) {\n    setAccessGroupInstances(input: $input) {\n      id\n      instances {\n        id\n      }\n    }\n  }\n": typeof types.SetAccessGroupInstancesDocument,
    "\n  query AccountViewer {\n    me {\n      id\n      displayName\n      role\n      company {\n        name\n      }\n    }\n  }\n": typeof types.AccountViewerDocument,
    "\n  query AdminViewer {\n    me {\n      id\n      username\n      displayName\n      role\n      company {\n        name\n      }\n    }\n  }\n": typeof types.AdminViewerDocument,
    "\n  query AuditLog($limit: Int!) {\n    auditLog(limit: $limit) {\n      id\n      action\n      actorUsername\n      targetUsername\n      detail\n      occurredAt\n    }\n    securityAuditLog(limit: $limit) {\n      id\n      action\n      actor {\n        username\n      }\n      detail\n      occurredAt\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query CompanyModuleInstances {\n    companyModuleInstances {\n      id\n      moduleName\n      instanceName\n    }\n  }\n": typeof types.CompanyModuleInstancesDocument,
    "\n  query CompanyUsers {\n    companyUsers {\n      id\n      username\n      displayName\n      email\n      role\n      status\n      createdAt\n    }\n  }\n": typeof types.CompanyUsersDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      username\n      email\n      status\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      id\n      email\n      status\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($userId: ID!) {\n    revokeInvitation(userId: $userId)\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation ResetUserPassword($userId: ID!) {\n    resetUserPassword(userId: $userId) {\n      id\n      status\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  mutation ResetUserTwoFactor($userId: ID!) {\n    resetUserTwoFactor(userId: $userId) {\n      id\n      status\n    }\n  }\n": typeof types.ResetUserTwoFactorDocument,
    "\n  mutation DeleteUser($userId: ID!) {\n    deleteUser(userId: $userId)\n  }\n": typeof types.DeleteUserDocument,
    "\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.ChangeUserRoleDocument,
    "\n  query IpAccessEvents($limit: Int!) {\n    ipAccessEvents(limit: $limit) {\n      clientAddress\n      outcome\n      stage\n      subject\n      occurredAt\n    }\n  }\n": typeof types.IpAccessEventsDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      email\n      role\n      company {\n        name\n      }\n      modules {\n        id\n        moduleName\n        instanceName\n        baseUrl\n        landingPageUrl\n        localLoginUrl\n        unifiedLoginEnabled\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query ModuleInstances {\n    companyModuleInstances {\n      ...ListedModuleInstance\n    }\n  }\n": typeof types.ModuleInstancesDocument,
    "\n  fragment ListedModuleInstance on ModuleInstance {\n    id\n    moduleName\n    instanceName\n    baseUrl\n    landingPageUrl\n    localLoginUrl\n    iconUrl\n    unifiedLoginEnabled\n    oidcClient {\n      clientId\n      clientType\n      redirectUris\n      postLogoutRedirectUris\n      backchannelLogoutUri\n      initiateLoginUri\n      secretCreatedAt\n    }\n    provisioning {\n      enabled\n      scimBaseUrl\n      scimTokenSet\n      scimTokenSetAt\n      defaultRole\n      masterRole\n      userRole\n    }\n  }\n": typeof types.ListedModuleInstanceFragmentDoc,
    "\n  mutation CreateModuleInstance($input: CreateModuleInstanceInput!) {\n    createModuleInstance(input: $input) {\n      instance {\n        ...ListedModuleInstance\n      }\n      clientSecret\n    }\n  }\n": typeof types.CreateModuleInstanceDocument,
    "\n  mutation UpdateModuleInstance($input: UpdateModuleInstanceInput!) {\n    updateModuleInstance(input: $input) {\n      ...ListedModuleInstance\n    }\n  }\n": typeof types.UpdateModuleInstanceDocument,
    "\n  mutation SetUnifiedLogin($instanceId: ID!, $enabled: Boolean!) {\n    setUnifiedLogin(instanceId: $instanceId, enabled: $enabled) {\n      id\n      unifiedLoginEnabled\n    }\n  }\n": typeof types.SetUnifiedLoginDocument,
    "\n  mutation RotateClientSecret($instanceId: ID!) {\n    rotateClientSecret(instanceId: $instanceId) {\n      instance {\n        ...ListedModuleInstance\n      }\n      clientSecret\n    }\n  }\n": typeof types.RotateClientSecretDocument,
    "\n  mutation DeleteModuleInstance($instanceId: ID!) {\n    deleteModuleInstance(instanceId: $instanceId)\n  }\n": typeof types.DeleteModuleInstanceDocument,
    "\n  mutation SetModuleProvisioning($input: ModuleProvisioningInput!) {\n    setModuleProvisioning(input: $input) {\n      ...ListedModuleInstance\n    }\n  }\n": typeof types.SetModuleProvisioningDocument,
    "\n  query PasswordPolicy {\n    passwordPolicy {\n      minLength\n      maxLength\n    }\n  }\n": typeof types.PasswordPolicyDocument,
    "\n  mutation UpdatePasswordPolicy($input: UpdatePasswordPolicyInput!) {\n    updatePasswordPolicy(input: $input) {\n      minLength\n      maxLength\n    }\n  }\n": typeof types.UpdatePasswordPolicyDocument,
    "\n  fragment IpAccessListFields on IpAccessList {\n    enabled\n    mode\n    entries {\n      range\n      label\n    }\n  }\n": typeof types.IpAccessListFieldsFragmentDoc,
    "\n  query SecuritySettings {\n    securitySettings {\n      lockoutThreshold\n      lockoutDurationMinutes\n      sessionIdleTimeoutMinutes\n      sessionLifetimeMinutes\n      ipAccessList {\n        ...IpAccessListFields\n      }\n    }\n  }\n": typeof types.SecuritySettingsDocument,
    "\n  mutation UpdateSecuritySettings($input: UpdateSecuritySettingsInput!) {\n    updateSecuritySettings(input: $input) {\n      lockoutThreshold\n      lockoutDurationMinutes\n      sessionIdleTimeoutMinutes\n      sessionLifetimeMinutes\n    }\n  }\n": typeof types.UpdateSecuritySettingsDocument,
    "\n  mutation UpdateIpAccessList($input: UpdateIpAccessListInput!) {\n    updateIpAccessList(input: $input) {\n      ipAccessList {\n        ...IpAccessListFields\n      }\n    }\n  }\n": typeof types.UpdateIpAccessListDocument,
};
const documents: Documents = {
    "\n  query AccessGroups {\n    accessGroups {\n      id\n      name\n      kind\n      active\n      allInstances\n      members {\n        id\n      }\n      instances {\n        id\n        moduleName\n        instanceName\n      }\n    }\n  }\n": types.AccessGroupsDocument,
    "\n  mutation CreateAccessGroup($input: CreateAccessGroupInput!) {\n    createAccessGroup(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateAccessGroupDocument,
    "\n  mutation RenameAccessGroup($input: RenameAccessGroupInput!) {\n    renameAccessGroup(input: $input) {\n      id\n      name\n    }\n  }\n": types.RenameAccessGroupDocument,
    "\n  mutation SetAccessGroupActive($input: SetAccessGroupActiveInput!) {\n    setAccessGroupActive(input: $input) {\n      id\n      active\n    }\n  }\n": types.SetAccessGroupActiveDocument,
    "\n  mutation DeleteAccessGroup($groupId: ID!) {\n    deleteAccessGroup(groupId: $groupId)\n  }\n": types.DeleteAccessGroupDocument,
    "\n  mutation SetAccessGroupMembers($input: SetAccessGroupMembersInput!) {\n    setAccessGroupMembers(input: $input) {\n      id\n      members {\n        id\n      }\n    }\n  }\n": types.SetAccessGroupMembersDocument,
    "\n  mutation SetAccessGroupInstances($input: SetAccessGroupInstancesInput!) {\n    setAccessGroupInstances(input: $input) {\n      id\n      instances {\n        id\n      }\n    }\n  }\n": types.SetAccessGroupInstancesDocument,
    "\n  query AccountViewer {\n    me {\n      id\n      displayName\n      role\n      company {\n        name\n      }\n    }\n  }\n": types.AccountViewerDocument,
    "\n  query AdminViewer {\n    me {\n      id\n      username\n      displayName\n      role\n      company {\n        name\n      }\n    }\n  }\n": types.AdminViewerDocument,
    "\n  query AuditLog($limit: Int!) {\n    auditLog(limit: $limit) {\n      id\n      action\n      actorUsername\n      targetUsername\n      detail\n      occurredAt\n    }\n    securityAuditLog(limit: $limit) {\n      id\n      action\n      actor {\n        username\n      }\n      detail\n      occurredAt\n    }\n  }\n": types.AuditLogDocument,
    "\n  query CompanyModuleInstances {\n    companyModuleInstances {\n      id\n      moduleName\n      instanceName\n    }\n  }\n": types.CompanyModuleInstancesDocument,
    "\n  query CompanyUsers {\n    companyUsers {\n      id\n      username\n      displayName\n      email\n      role\n      status\n      createdAt\n    }\n  }\n": types.CompanyUsersDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      username\n      email\n      status\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      id\n      email\n      status\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($userId: ID!) {\n    revokeInvitation(userId: $userId)\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation ResetUserPassword($userId: ID!) {\n    resetUserPassword(userId: $userId) {\n      id\n      status\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  mutation ResetUserTwoFactor($userId: ID!) {\n    resetUserTwoFactor(userId: $userId) {\n      id\n      status\n    }\n  }\n": types.ResetUserTwoFactorDocument,
    "\n  mutation DeleteUser($userId: ID!) {\n    deleteUser(userId: $userId)\n  }\n": types.DeleteUserDocument,
    "\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.ChangeUserRoleDocument,
    "\n  query IpAccessEvents($limit: Int!) {\n    ipAccessEvents(limit: $limit) {\n      clientAddress\n      outcome\n      stage\n      subject\n      occurredAt\n    }\n  }\n": types.IpAccessEventsDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      email\n      role\n      company {\n        name\n      }\n      modules {\n        id\n        moduleName\n        instanceName\n        baseUrl\n        landingPageUrl\n        localLoginUrl\n        unifiedLoginEnabled\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query ModuleInstances {\n    companyModuleInstances {\n      ...ListedModuleInstance\n    }\n  }\n": types.ModuleInstancesDocument,
    "\n  fragment ListedModuleInstance on ModuleInstance {\n    id\n    moduleName\n    instanceName\n    baseUrl\n    landingPageUrl\n    localLoginUrl\n    iconUrl\n    unifiedLoginEnabled\n    oidcClient {\n      clientId\n      clientType\n      redirectUris\n      postLogoutRedirectUris\n      backchannelLogoutUri\n      initiateLoginUri\n      secretCreatedAt\n    }\n    provisioning {\n      enabled\n      scimBaseUrl\n      scimTokenSet\n      scimTokenSetAt\n      defaultRole\n      masterRole\n      userRole\n    }\n  }\n": types.ListedModuleInstanceFragmentDoc,
    "\n  mutation CreateModuleInstance($input: CreateModuleInstanceInput!) {\n    createModuleInstance(input: $input) {\n      instance {\n        ...ListedModuleInstance\n      }\n      clientSecret\n    }\n  }\n": types.CreateModuleInstanceDocument,
    "\n  mutation UpdateModuleInstance($input: UpdateModuleInstanceInput!) {\n    updateModuleInstance(input: $input) {\n      ...ListedModuleInstance\n    }\n  }\n": types.UpdateModuleInstanceDocument,
    "\n  mutation SetUnifiedLogin($instanceId: ID!, $enabled: Boolean!) {\n    setUnifiedLogin(instanceId: $instanceId, enabled: $enabled) {\n      id\n      unifiedLoginEnabled\n    }\n  }\n": types.SetUnifiedLoginDocument,
    "\n  mutation RotateClientSecret($instanceId: ID!) {\n    rotateClientSecret(instanceId: $instanceId) {\n      instance {\n        ...ListedModuleInstance\n      }\n      clientSecret\n    }\n  }\n": types.RotateClientSecretDocument,
    "\n  mutation DeleteModuleInstance($instanceId: ID!) {\n    deleteModuleInstance(instanceId: $instanceId)\n  }\n": types.DeleteModuleInstanceDocument,
    "\n  mutation SetModuleProvisioning($input: ModuleProvisioningInput!) {\n    setModuleProvisioning(input: $input) {\n      ...ListedModuleInstance\n    }\n  }\n": types.SetModuleProvisioningDocument,
    "\n  query PasswordPolicy {\n    passwordPolicy {\n      minLength\n      maxLength\n    }\n  }\n": types.PasswordPolicyDocument,
    "\n  mutation UpdatePasswordPolicy($input: UpdatePasswordPolicyInput!) {\n    updatePasswordPolicy(input: $input) {\n      minLength\n      maxLength\n    }\n  }\n": types.UpdatePasswordPolicyDocument,
    "\n  fragment IpAccessListFields on IpAccessList {\n    enabled\n    mode\n    entries {\n      range\n      label\n    }\n  }\n": types.IpAccessListFieldsFragmentDoc,
    "\n  query SecuritySettings {\n    securitySettings {\n      lockoutThreshold\n      lockoutDurationMinutes\n      sessionIdleTimeoutMinutes\n      sessionLifetimeMinutes\n      ipAccessList {\n        ...IpAccessListFields\n      }\n    }\n  }\n": types.SecuritySettingsDocument,
    "\n  mutation UpdateSecuritySettings($input: UpdateSecuritySettingsInput!) {\n    updateSecuritySettings(input: $input) {\n      lockoutThreshold\n      lockoutDurationMinutes\n      sessionIdleTimeoutMinutes\n      sessionLifetimeMinutes\n    }\n  }\n": types.UpdateSecuritySettingsDocument,
    "\n  mutation UpdateIpAccessList($input: UpdateIpAccessListInput!) {\n    updateIpAccessList(input: $input) {\n      ipAccessList {\n        ...IpAccessListFields\n      }\n    }\n  }\n": types.UpdateIpAccessListDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessGroups {\n    accessGroups {\n      id\n      name\n      kind\n      active\n      allInstances\n      members {\n        id\n      }\n      instances {\n        id\n        moduleName\n        instanceName\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessGroups {\n    accessGroups {\n      id\n      name\n      kind\n      active\n      allInstances\n      members {\n        id\n      }\n      instances {\n        id\n        moduleName\n        instanceName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccessGroup($input: CreateAccessGroupInput!) {\n    createAccessGroup(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAccessGroup($input: CreateAccessGroupInput!) {\n    createAccessGroup(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameAccessGroup($input: RenameAccessGroupInput!) {\n    renameAccessGroup(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation RenameAccessGroup($input: RenameAccessGroupInput!) {\n    renameAccessGroup(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccessGroupActive($input: SetAccessGroupActiveInput!) {\n    setAccessGroupActive(input: $input) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation SetAccessGroupActive($input: SetAccessGroupActiveInput!) {\n    setAccessGroupActive(input: $input) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccessGroup($groupId: ID!) {\n    deleteAccessGroup(groupId: $groupId)\n  }\n"): (typeof documents)["\n  mutation DeleteAccessGroup($groupId: ID!) {\n    deleteAccessGroup(groupId: $groupId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccessGroupMembers($input: SetAccessGroupMembersInput!) {\n    setAccessGroupMembers(input: $input) {\n      id\n      members {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetAccessGroupMembers($input: SetAccessGroupMembersInput!) {\n    setAccessGroupMembers(input: $input) {\n      id\n      members {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccessGroupInstances($input: SetAccessGroupInstancesInput!) {\n    setAccessGroupInstances(input: $input) {\n      id\n      instances {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetAccessGroupInstances($input: SetAccessGroupInstancesInput!) {\n    setAccessGroupInstances(input: $input) {\n      id\n      instances {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountViewer {\n    me {\n      id\n      displayName\n      role\n      company {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountViewer {\n    me {\n      id\n      displayName\n      role\n      company {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminViewer {\n    me {\n      id\n      username\n      displayName\n      role\n      company {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminViewer {\n    me {\n      id\n      username\n      displayName\n      role\n      company {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($limit: Int!) {\n    auditLog(limit: $limit) {\n      id\n      action\n      actorUsername\n      targetUsername\n      detail\n      occurredAt\n    }\n    securityAuditLog(limit: $limit) {\n      id\n      action\n      actor {\n        username\n      }\n      detail\n      occurredAt\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($limit: Int!) {\n    auditLog(limit: $limit) {\n      id\n      action\n      actorUsername\n      targetUsername\n      detail\n      occurredAt\n    }\n    securityAuditLog(limit: $limit) {\n      id\n      action\n      actor {\n        username\n      }\n      detail\n      occurredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyModuleInstances {\n    companyModuleInstances {\n      id\n      moduleName\n      instanceName\n    }\n  }\n"): (typeof documents)["\n  query CompanyModuleInstances {\n    companyModuleInstances {\n      id\n      moduleName\n      instanceName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyUsers {\n    companyUsers {\n      id\n      username\n      displayName\n      email\n      role\n      status\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query CompanyUsers {\n    companyUsers {\n      id\n      username\n      displayName\n      email\n      role\n      status\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      username\n      email\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      username\n      email\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      id\n      email\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      id\n      email\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($userId: ID!) {\n    revokeInvitation(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($userId: ID!) {\n    revokeInvitation(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($userId: ID!) {\n    resetUserPassword(userId: $userId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($userId: ID!) {\n    resetUserPassword(userId: $userId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserTwoFactor($userId: ID!) {\n    resetUserTwoFactor(userId: $userId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserTwoFactor($userId: ID!) {\n    resetUserTwoFactor(userId: $userId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteUser($userId: ID!) {\n    deleteUser(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation DeleteUser($userId: ID!) {\n    deleteUser(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IpAccessEvents($limit: Int!) {\n    ipAccessEvents(limit: $limit) {\n      clientAddress\n      outcome\n      stage\n      subject\n      occurredAt\n    }\n  }\n"): (typeof documents)["\n  query IpAccessEvents($limit: Int!) {\n    ipAccessEvents(limit: $limit) {\n      clientAddress\n      outcome\n      stage\n      subject\n      occurredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      email\n      role\n      company {\n        name\n      }\n      modules {\n        id\n        moduleName\n        instanceName\n        baseUrl\n        landingPageUrl\n        localLoginUrl\n        unifiedLoginEnabled\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      username\n      displayName\n      email\n      role\n      company {\n        name\n      }\n      modules {\n        id\n        moduleName\n        instanceName\n        baseUrl\n        landingPageUrl\n        localLoginUrl\n        unifiedLoginEnabled\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModuleInstances {\n    companyModuleInstances {\n      ...ListedModuleInstance\n    }\n  }\n"): (typeof documents)["\n  query ModuleInstances {\n    companyModuleInstances {\n      ...ListedModuleInstance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ListedModuleInstance on ModuleInstance {\n    id\n    moduleName\n    instanceName\n    baseUrl\n    landingPageUrl\n    localLoginUrl\n    iconUrl\n    unifiedLoginEnabled\n    oidcClient {\n      clientId\n      clientType\n      redirectUris\n      postLogoutRedirectUris\n      backchannelLogoutUri\n      initiateLoginUri\n      secretCreatedAt\n    }\n    provisioning {\n      enabled\n      scimBaseUrl\n      scimTokenSet\n      scimTokenSetAt\n      defaultRole\n      masterRole\n      userRole\n    }\n  }\n"): (typeof documents)["\n  fragment ListedModuleInstance on ModuleInstance {\n    id\n    moduleName\n    instanceName\n    baseUrl\n    landingPageUrl\n    localLoginUrl\n    iconUrl\n    unifiedLoginEnabled\n    oidcClient {\n      clientId\n      clientType\n      redirectUris\n      postLogoutRedirectUris\n      backchannelLogoutUri\n      initiateLoginUri\n      secretCreatedAt\n    }\n    provisioning {\n      enabled\n      scimBaseUrl\n      scimTokenSet\n      scimTokenSetAt\n      defaultRole\n      masterRole\n      userRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateModuleInstance($input: CreateModuleInstanceInput!) {\n    createModuleInstance(input: $input) {\n      instance {\n        ...ListedModuleInstance\n      }\n      clientSecret\n    }\n  }\n"): (typeof documents)["\n  mutation CreateModuleInstance($input: CreateModuleInstanceInput!) {\n    createModuleInstance(input: $input) {\n      instance {\n        ...ListedModuleInstance\n      }\n      clientSecret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateModuleInstance($input: UpdateModuleInstanceInput!) {\n    updateModuleInstance(input: $input) {\n      ...ListedModuleInstance\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateModuleInstance($input: UpdateModuleInstanceInput!) {\n    updateModuleInstance(input: $input) {\n      ...ListedModuleInstance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUnifiedLogin($instanceId: ID!, $enabled: Boolean!) {\n    setUnifiedLogin(instanceId: $instanceId, enabled: $enabled) {\n      id\n      unifiedLoginEnabled\n    }\n  }\n"): (typeof documents)["\n  mutation SetUnifiedLogin($instanceId: ID!, $enabled: Boolean!) {\n    setUnifiedLogin(instanceId: $instanceId, enabled: $enabled) {\n      id\n      unifiedLoginEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateClientSecret($instanceId: ID!) {\n    rotateClientSecret(instanceId: $instanceId) {\n      instance {\n        ...ListedModuleInstance\n      }\n      clientSecret\n    }\n  }\n"): (typeof documents)["\n  mutation RotateClientSecret($instanceId: ID!) {\n    rotateClientSecret(instanceId: $instanceId) {\n      instance {\n        ...ListedModuleInstance\n      }\n      clientSecret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteModuleInstance($instanceId: ID!) {\n    deleteModuleInstance(instanceId: $instanceId)\n  }\n"): (typeof documents)["\n  mutation DeleteModuleInstance($instanceId: ID!) {\n    deleteModuleInstance(instanceId: $instanceId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetModuleProvisioning($input: ModuleProvisioningInput!) {\n    setModuleProvisioning(input: $input) {\n      ...ListedModuleInstance\n    }\n  }\n"): (typeof documents)["\n  mutation SetModuleProvisioning($input: ModuleProvisioningInput!) {\n    setModuleProvisioning(input: $input) {\n      ...ListedModuleInstance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordPolicy {\n    passwordPolicy {\n      minLength\n      maxLength\n    }\n  }\n"): (typeof documents)["\n  query PasswordPolicy {\n    passwordPolicy {\n      minLength\n      maxLength\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePasswordPolicy($input: UpdatePasswordPolicyInput!) {\n    updatePasswordPolicy(input: $input) {\n      minLength\n      maxLength\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePasswordPolicy($input: UpdatePasswordPolicyInput!) {\n    updatePasswordPolicy(input: $input) {\n      minLength\n      maxLength\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IpAccessListFields on IpAccessList {\n    enabled\n    mode\n    entries {\n      range\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment IpAccessListFields on IpAccessList {\n    enabled\n    mode\n    entries {\n      range\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecuritySettings {\n    securitySettings {\n      lockoutThreshold\n      lockoutDurationMinutes\n      sessionIdleTimeoutMinutes\n      sessionLifetimeMinutes\n      ipAccessList {\n        ...IpAccessListFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SecuritySettings {\n    securitySettings {\n      lockoutThreshold\n      lockoutDurationMinutes\n      sessionIdleTimeoutMinutes\n      sessionLifetimeMinutes\n      ipAccessList {\n        ...IpAccessListFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSecuritySettings($input: UpdateSecuritySettingsInput!) {\n    updateSecuritySettings(input: $input) {\n      lockoutThreshold\n      lockoutDurationMinutes\n      sessionIdleTimeoutMinutes\n      sessionLifetimeMinutes\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSecuritySettings($input: UpdateSecuritySettingsInput!) {\n    updateSecuritySettings(input: $input) {\n      lockoutThreshold\n      lockoutDurationMinutes\n      sessionIdleTimeoutMinutes\n      sessionLifetimeMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIpAccessList($input: UpdateIpAccessListInput!) {\n    updateIpAccessList(input: $input) {\n      ipAccessList {\n        ...IpAccessListFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIpAccessList($input: UpdateIpAccessListInput!) {\n    updateIpAccessList(input: $input) {\n      ipAccessList {\n        ...IpAccessListFields\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;