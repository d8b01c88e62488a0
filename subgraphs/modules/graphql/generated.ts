import type { GraphQLResolveInfo } from 'graphql';
import type { ModuleInstanceRow } from '../db/schema.ts';
import type { RequestContext } from '@lanyard/core/requestContext';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type Company = {
  __typename?: 'Company';
  id: Scalars['ID']['output'];
};

export type CreateModuleInstanceInput = {
  clientType: OidcClientType;
  instance: ModuleInstanceInput;
};

export type CreatedModuleInstance = {
  __typename?: 'CreatedModuleInstance';
  /** The client secret of a confidential client, shown this once (only its hash is kept); null for a public client. */
  clientSecret?: Maybe<Scalars['String']['output']>;
  instance: ModuleInstance;
};

/** An OIDC client as the edge's OAuth endpoints need it. Edge only. */
export type EdgeOidcClient = {
  __typename?: 'EdgeOidcClient';
  backchannelLogoutUri?: Maybe<Scalars['String']['output']>;
  clientId: Scalars['String']['output'];
  clientType: OidcClientType;
  companyId: Scalars['ID']['output'];
  initiateLoginUri?: Maybe<Scalars['String']['output']>;
  instanceId: Scalars['ID']['output'];
  instanceName: Scalars['String']['output'];
  landingPageUrl: Scalars['String']['output'];
  moduleName: Scalars['String']['output'];
  postLogoutRedirectUris: Array<Scalars['String']['output']>;
  /** Whether a user's first sign-in creates their account in the module (see provisionModuleAccountForEdge). */
  provisioningEnabled: Scalars['Boolean']['output'];
  redirectUris: Array<Scalars['String']['output']>;
  /** The SHA-256 (hex) of a confidential client's secret; null for a public client. */
  secretHash?: Maybe<Scalars['String']['output']>;
  unifiedLoginEnabled: Scalars['Boolean']['output'];
};

/** What the edge needs to open an instance from My Modules (its /launch link). Edge only. */
export type LaunchTarget = {
  __typename?: 'LaunchTarget';
  companyId: Scalars['ID']['output'];
  /** The OIDC client's initiate-login URI; null without one, or without a client at all. */
  initiateLoginUri?: Maybe<Scalars['String']['output']>;
  instanceId: Scalars['ID']['output'];
  instanceName: Scalars['String']['output'];
  landingPageUrl: Scalars['String']['output'];
  moduleName: Scalars['String']['output'];
  unifiedLoginEnabled: Scalars['Boolean']['output'];
};

/** A Lanyard user's account in a module instance. */
export type ModuleAccountLink = {
  __typename?: 'ModuleAccountLink';
  /** When the link was made (ISO 8601, UTC). */
  createdAt: Scalars['String']['output'];
  instanceId: Scalars['ID']['output'];
  /** The module's SCIM id of the account. */
  moduleAccountId: Scalars['String']['output'];
  outcome: ModuleAccountLinkOutcome;
  userId: Scalars['ID']['output'];
};

export type ModuleAccountLinkOutcome =
  /** The user was linked before; nothing was asked of the module. */
  | 'ALREADY_LINKED'
  /** The module had no account; one was created through SCIM and linked. */
  | 'CREATED'
  /** The module had an account with the user's username or email; it is linked now. */
  | 'LINKED_EXISTING';

export type ModuleInstance = {
  __typename?: 'ModuleInstance';
  baseUrl: Scalars['String']['output'];
  /** An image for the tile, or null. */
  iconUrl?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** This company's tenant of it, e.g. Acme EU. */
  instanceName: Scalars['String']['output'];
  /** Where users land after SSO. */
  landingPageUrl: Scalars['String']['output'];
  /** The module's own login page (the tile's link when Unified Login is off). */
  localLoginUrl: Scalars['String']['output'];
  /** The application, e.g. BMS, RMM, Documentation. */
  moduleName: Scalars['String']['output'];
  /** How the instance integrates: for the company's Masters only (null for anyone else). */
  oidcClient?: Maybe<OidcClient>;
  /** Automatic user provisioning (SCIM 2.0): for the company's Masters only (null for anyone else). */
  provisioning?: Maybe<ModuleProvisioning>;
  /** Whether users open it signed in through Lanyard; when false they use the module's own login page. */
  unifiedLoginEnabled: Scalars['Boolean']['output'];
};

export type ModuleInstanceInput = {
  backchannelLogoutUri?: InputMaybe<Scalars['String']['input']>;
  /** The module's address (https, or http on localhost). */
  baseUrl: Scalars['String']['input'];
  /** An image for the tile (https). */
  iconUrl?: InputMaybe<Scalars['String']['input']>;
  /** Where the module starts its sign-in when opened from My Modules (see OidcClient.initiateLoginUri). */
  initiateLoginUri?: InputMaybe<Scalars['String']['input']>;
  /** This company's tenant of it, e.g. Acme EU: 1 to 64 characters, unique per module in the company. */
  instanceName: Scalars['String']['input'];
  /** Where users land after SSO (the Module URLs tab); the base URL when null. */
  landingPageUrl?: InputMaybe<Scalars['String']['input']>;
  /** The module's own login page, opened from the tile when Unified Login is off; the base URL when null. */
  localLoginUrl?: InputMaybe<Scalars['String']['input']>;
  /** The application, e.g. BMS: 1 to 64 characters. */
  moduleName: Scalars['String']['input'];
  postLogoutRedirectUris: Array<Scalars['String']['input']>;
  redirectUris: Array<Scalars['String']['input']>;
};

/**
 * How an instance provisions accounts. The SCIM bearer token is write-only: no query ever answers it,
 * only whether one is set. Masters only.
 */
export type ModuleProvisioning = {
  __typename?: 'ModuleProvisioning';
  /** The module role a new account gets when no mapping names one; null until set. */
  defaultRole?: Maybe<Scalars['String']['output']>;
  /** When on, the first sign-in of a user who reaches the instance but has no account there creates one. */
  enabled: Scalars['Boolean']['output'];
  /** The module role for a Lanyard Master (the Root Master too); null: the default role. */
  masterRole?: Maybe<Scalars['String']['output']>;
  /** The module's SCIM 2.0 base URL (its /Users is below it); null until set. */
  scimBaseUrl?: Maybe<Scalars['String']['output']>;
  /** Whether a bearer token is saved (it is kept encrypted and never shown again). */
  scimTokenSet: Scalars['Boolean']['output'];
  /** When the current token was saved (ISO 8601, UTC); null without one. */
  scimTokenSetAt?: Maybe<Scalars['String']['output']>;
  /** The module role for a Lanyard User; null: the default role. */
  userRole?: Maybe<Scalars['String']['output']>;
};

export type ModuleProvisioningInput = {
  /** 1 to 64 characters; required to turn provisioning on. */
  defaultRole?: InputMaybe<Scalars['String']['input']>;
  enabled: Scalars['Boolean']['input'];
  instanceId: Scalars['ID']['input'];
  /** 1 to 64 characters, or null for the default role. */
  masterRole?: InputMaybe<Scalars['String']['input']>;
  /** https, or http on localhost; required to turn provisioning on. */
  scimBaseUrl?: InputMaybe<Scalars['String']['input']>;
  /**
   * The module's SCIM bearer token. Null or empty keeps the saved one; a new base URL on another origin
   * needs it typed again (a saved token is sent only to the origin it was saved for).
   */
  scimToken?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 64 characters, or null for the default role. */
  userRole?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Masters only: a new instance of a module, with its OIDC client. VALIDATION_FAILED names each bad field. */
  createModuleInstance: CreatedModuleInstance;
  /** Masters only: deletes the instance and its client. Answers the id. */
  deleteModuleInstance: Scalars['ID']['output'];
  /**
   * Edge only, at a sign-in to an instance the user reaches: the user's link to their module account,
   * made first when there is none (an account found by username, then by email, is linked; otherwise
   * one is created through SCIM with the mapped role). Null when provisioning is off. PROVISIONING_FAILED
   * when the module could not be asked or refused.
   */
  provisionModuleAccountForEdge?: Maybe<ModuleAccountLink>;
  /** Masters only: a new client secret for a confidential client. VALIDATION_FAILED for a public client. */
  rotateClientSecret: RotatedClientSecret;
  /**
   * Masters only: an instance's provisioning settings. VALIDATION_FAILED names each bad field (paths
   * under input); the token is never answered.
   */
  setModuleProvisioning: ModuleInstance;
  /** Masters only: Unified Login on or off; off takes effect at once (new sign-ins to it are refused). */
  setUnifiedLogin: ModuleInstance;
  /** Masters only: changes an instance's names, URLs and redirect URIs (not its client id or type). */
  updateModuleInstance: ModuleInstance;
};


export type MutationCreateModuleInstanceArgs = {
  input: CreateModuleInstanceInput;
};


export type MutationDeleteModuleInstanceArgs = {
  instanceId: Scalars['ID']['input'];
};


export type MutationProvisionModuleAccountForEdgeArgs = {
  instanceId: Scalars['ID']['input'];
  user: ProvisionedUserInput;
};


export type MutationRotateClientSecretArgs = {
  instanceId: Scalars['ID']['input'];
};


export type MutationSetModuleProvisioningArgs = {
  input: ModuleProvisioningInput;
};


export type MutationSetUnifiedLoginArgs = {
  enabled: Scalars['Boolean']['input'];
  instanceId: Scalars['ID']['input'];
};


export type MutationUpdateModuleInstanceArgs = {
  input: UpdateModuleInstanceInput;
};

/** How a module instance signs its users in through Lanyard (OpenID Connect). Masters only. */
export type OidcClient = {
  __typename?: 'OidcClient';
  /** Where Lanyard posts OIDC back-channel logout tokens; null for a module without one. */
  backchannelLogoutUri?: Maybe<Scalars['String']['output']>;
  /** The client_id the module sends; generated, never changed. */
  clientId: Scalars['String']['output'];
  /** CONFIDENTIAL clients authenticate with a secret (stored hashed); PUBLIC ones use PKCE alone. */
  clientType: OidcClientType;
  /**
   * Where Lanyard sends a person who opens the module from My Modules, to have the module start its
   * sign-in (OpenID Connect Core §4, with iss, login_hint and target_link_uri); null: the landing page.
   */
  initiateLoginUri?: Maybe<Scalars['String']['output']>;
  postLogoutRedirectUris: Array<Scalars['String']['output']>;
  /** Redirect URIs, matched exactly. */
  redirectUris: Array<Scalars['String']['output']>;
  /** When the current secret was made (ISO 8601, UTC); null for a public client. */
  secretCreatedAt?: Maybe<Scalars['String']['output']>;
};

export type OidcClientType =
  | 'CONFIDENTIAL'
  | 'PUBLIC';

/** Who signs in, as the edge knows them at the grant. */
export type ProvisionedUserInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** Lanyard's user id: the module account's externalId. */
  id: Scalars['ID']['input'];
  role: Role;
  username: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** Every module instance of the signed-in Master's company, by module then instance. Masters only. */
  companyModuleInstances: Array<ModuleInstance>;
  /** Where a My Modules link to this instance leads, or null for no instance. Edge only. */
  launchTargetForEdge?: Maybe<LaunchTarget>;
  /**
   * Every module instance of this company, by module name then instance name, for the App Launcher to
   * split into those the user reaches and the rest. Edge only.
   */
  launcherInstancesForEdge: Array<ModuleInstance>;
  /** The OIDC client with this client_id, or null. Edge only (its OAuth endpoints). */
  oidcClientForEdge?: Maybe<EdgeOidcClient>;
};


export type QueryLaunchTargetForEdgeArgs = {
  instanceId: Scalars['ID']['input'];
};


export type QueryLauncherInstancesForEdgeArgs = {
  companyId: Scalars['ID']['input'];
};


export type QueryOidcClientForEdgeArgs = {
  clientId: Scalars['String']['input'];
};

/** A user's role in their company. */
export type Role =
  /** An administrator of the company. */
  | 'MASTER'
  /** The user who opened the company account; can never be deleted or demoted. */
  | 'ROOT_MASTER'
  | 'USER';

export type RotatedClientSecret = {
  __typename?: 'RotatedClientSecret';
  /** The new secret, shown this once; the old one stops working at once. */
  clientSecret: Scalars['String']['output'];
  instance: ModuleInstance;
};

export type UpdateModuleInstanceInput = {
  id: Scalars['ID']['input'];
  instance: ModuleInstanceInput;
};

export type User = {
  __typename?: 'User';
  company?: Maybe<Company>;
  id: Scalars['ID']['output'];
  /**
   * The module instances this user may open through their active access groups, by module name then
   * instance name (null when unavailable).
   */
  modules?: Maybe<Array<ModuleInstance>>;
  reachableModuleInstanceIds?: Maybe<Array<Scalars['ID']['output']>>;
  reachesAllModuleInstances?: Maybe<Scalars['Boolean']['output']>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  ModuleInstance: ModuleInstance;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  ModuleInstance:
    ( { __typename: 'ModuleInstance' }
    & GraphQLRecursivePick<FederationTypes['ModuleInstance'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['User'], {"company":{"id":true},"reachesAllModuleInstances":true,"reachableModuleInstanceIds":true}> ) );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Company: ResolverTypeWrapper<Company>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CreateModuleInstanceInput: CreateModuleInstanceInput;
  CreatedModuleInstance: ResolverTypeWrapper<Omit<CreatedModuleInstance, 'instance'> & { instance: ResolversTypes['ModuleInstance'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  EdgeOidcClient: ResolverTypeWrapper<EdgeOidcClient>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  LaunchTarget: ResolverTypeWrapper<LaunchTarget>;
  ModuleAccountLink: ResolverTypeWrapper<ModuleAccountLink>;
  ModuleAccountLinkOutcome: ModuleAccountLinkOutcome;
  ModuleInstance: ResolverTypeWrapper<ModuleInstanceRow>;
  ModuleInstanceInput: ModuleInstanceInput;
  ModuleProvisioning: ResolverTypeWrapper<ModuleProvisioning>;
  ModuleProvisioningInput: ModuleProvisioningInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OidcClient: ResolverTypeWrapper<OidcClient>;
  OidcClientType: OidcClientType;
  ProvisionedUserInput: ProvisionedUserInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  RotatedClientSecret: ResolverTypeWrapper<Omit<RotatedClientSecret, 'instance'> & { instance: ResolversTypes['ModuleInstance'] }>;
  UpdateModuleInstanceInput: UpdateModuleInstanceInput;
  User: ResolverTypeWrapper<Omit<User, 'modules'> & { modules?: Maybe<Array<ResolversTypes['ModuleInstance']>> }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Company: Company;
  ID: Scalars['ID']['output'];
  CreateModuleInstanceInput: CreateModuleInstanceInput;
  CreatedModuleInstance: Omit<CreatedModuleInstance, 'instance'> & { instance: ResolversParentTypes['ModuleInstance'] };
  String: Scalars['String']['output'];
  EdgeOidcClient: EdgeOidcClient;
  Boolean: Scalars['Boolean']['output'];
  LaunchTarget: LaunchTarget;
  ModuleAccountLink: ModuleAccountLink;
  ModuleInstance: ModuleInstanceRow;
  ModuleInstanceInput: ModuleInstanceInput;
  ModuleProvisioning: ModuleProvisioning;
  ModuleProvisioningInput: ModuleProvisioningInput;
  Mutation: Record<PropertyKey, never>;
  OidcClient: OidcClient;
  ProvisionedUserInput: ProvisionedUserInput;
  Query: Record<PropertyKey, never>;
  RotatedClientSecret: Omit<RotatedClientSecret, 'instance'> & { instance: ResolversParentTypes['ModuleInstance'] };
  UpdateModuleInstanceInput: UpdateModuleInstanceInput;
  User: Omit<User, 'modules'> & { modules?: Maybe<Array<ResolversParentTypes['ModuleInstance']>> } | FederationReferenceTypes['User'];
}>;

export type CompanyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CreatedModuleInstanceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreatedModuleInstance'] = ResolversParentTypes['CreatedModuleInstance']> = ResolversObject<{
  clientSecret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  instance?: Resolver<ResolversTypes['ModuleInstance'], ParentType, ContextType>;
}>;

export type EdgeOidcClientResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EdgeOidcClient'] = ResolversParentTypes['EdgeOidcClient']> = ResolversObject<{
  backchannelLogoutUri?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  clientType?: Resolver<ResolversTypes['OidcClientType'], ParentType, ContextType>;
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiateLoginUri?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  instanceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instanceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  landingPageUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  moduleName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postLogoutRedirectUris?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  provisioningEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  redirectUris?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  secretHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unifiedLoginEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type LaunchTargetResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LaunchTarget'] = ResolversParentTypes['LaunchTarget']> = ResolversObject<{
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiateLoginUri?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  instanceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instanceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  landingPageUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  moduleName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unifiedLoginEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ModuleAccountLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ModuleAccountLink'] = ResolversParentTypes['ModuleAccountLink']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  instanceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  moduleAccountId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ModuleAccountLinkOutcome'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ModuleInstanceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ModuleInstance'] = ResolversParentTypes['ModuleInstance'], FederationReferenceType extends FederationReferenceTypes['ModuleInstance'] = FederationReferenceTypes['ModuleInstance']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ModuleInstance']> | FederationReferenceType, FederationReferenceType, ContextType>;
  baseUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  iconUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instanceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  landingPageUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  localLoginUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  moduleName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  oidcClient?: Resolver<Maybe<ResolversTypes['OidcClient']>, ParentType, ContextType>;
  provisioning?: Resolver<Maybe<ResolversTypes['ModuleProvisioning']>, ParentType, ContextType>;
  unifiedLoginEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ModuleProvisioningResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ModuleProvisioning'] = ResolversParentTypes['ModuleProvisioning']> = ResolversObject<{
  defaultRole?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  masterRole?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scimBaseUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scimTokenSet?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  scimTokenSetAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userRole?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createModuleInstance?: Resolver<ResolversTypes['CreatedModuleInstance'], ParentType, ContextType, RequireFields<MutationCreateModuleInstanceArgs, 'input'>>;
  deleteModuleInstance?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteModuleInstanceArgs, 'instanceId'>>;
  provisionModuleAccountForEdge?: Resolver<Maybe<ResolversTypes['ModuleAccountLink']>, ParentType, ContextType, RequireFields<MutationProvisionModuleAccountForEdgeArgs, 'instanceId' | 'user'>>;
  rotateClientSecret?: Resolver<ResolversTypes['RotatedClientSecret'], ParentType, ContextType, RequireFields<MutationRotateClientSecretArgs, 'instanceId'>>;
  setModuleProvisioning?: Resolver<ResolversTypes['ModuleInstance'], ParentType, ContextType, RequireFields<MutationSetModuleProvisioningArgs, 'input'>>;
  setUnifiedLogin?: Resolver<ResolversTypes['ModuleInstance'], ParentType, ContextType, RequireFields<MutationSetUnifiedLoginArgs, 'enabled' | 'instanceId'>>;
  updateModuleInstance?: Resolver<ResolversTypes['ModuleInstance'], ParentType, ContextType, RequireFields<MutationUpdateModuleInstanceArgs, 'input'>>;
}>;

export type OidcClientResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OidcClient'] = ResolversParentTypes['OidcClient']> = ResolversObject<{
  backchannelLogoutUri?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  clientType?: Resolver<ResolversTypes['OidcClientType'], ParentType, ContextType>;
  initiateLoginUri?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postLogoutRedirectUris?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  redirectUris?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  secretCreatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  companyModuleInstances?: Resolver<Array<ResolversTypes['ModuleInstance']>, ParentType, ContextType>;
  launchTargetForEdge?: Resolver<Maybe<ResolversTypes['LaunchTarget']>, ParentType, ContextType, RequireFields<QueryLaunchTargetForEdgeArgs, 'instanceId'>>;
  launcherInstancesForEdge?: Resolver<Array<ResolversTypes['ModuleInstance']>, ParentType, ContextType, RequireFields<QueryLauncherInstancesForEdgeArgs, 'companyId'>>;
  oidcClientForEdge?: Resolver<Maybe<ResolversTypes['EdgeOidcClient']>, ParentType, ContextType, RequireFields<QueryOidcClientForEdgeArgs, 'clientId'>>;
}>;

export type RotatedClientSecretResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RotatedClientSecret'] = ResolversParentTypes['RotatedClientSecret']> = ResolversObject<{
  clientSecret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  instance?: Resolver<ResolversTypes['ModuleInstance'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  modules?: Resolver<Maybe<Array<ResolversTypes['ModuleInstance']>>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = RequestContext> = ResolversObject<{
  Company?: CompanyResolvers<ContextType>;
  CreatedModuleInstance?: CreatedModuleInstanceResolvers<ContextType>;
  EdgeOidcClient?: EdgeOidcClientResolvers<ContextType>;
  LaunchTarget?: LaunchTargetResolvers<ContextType>;
  ModuleAccountLink?: ModuleAccountLinkResolvers<ContextType>;
  ModuleInstance?: ModuleInstanceResolvers<ContextType>;
  ModuleProvisioning?: ModuleProvisioningResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OidcClient?: OidcClientResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RotatedClientSecret?: RotatedClientSecretResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

