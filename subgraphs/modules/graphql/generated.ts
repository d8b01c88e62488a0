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

export type Mutation = {
  __typename?: 'Mutation';
  /** Masters only: a new instance of a module, with its OIDC client. VALIDATION_FAILED names each bad field. */
  createModuleInstance: CreatedModuleInstance;
  /** Masters only: deletes the instance and its client. Answers the id. */
  deleteModuleInstance: Scalars['ID']['output'];
  /** Masters only: a new client secret for a confidential client. VALIDATION_FAILED for a public client. */
  rotateClientSecret: RotatedClientSecret;
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


export type MutationRotateClientSecretArgs = {
  instanceId: Scalars['ID']['input'];
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
  ModuleInstance: ResolverTypeWrapper<ModuleInstanceRow>;
  ModuleInstanceInput: ModuleInstanceInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OidcClient: ResolverTypeWrapper<OidcClient>;
  OidcClientType: OidcClientType;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
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
  ModuleInstance: ModuleInstanceRow;
  ModuleInstanceInput: ModuleInstanceInput;
  Mutation: Record<PropertyKey, never>;
  OidcClient: OidcClient;
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
  unifiedLoginEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createModuleInstance?: Resolver<ResolversTypes['CreatedModuleInstance'], ParentType, ContextType, RequireFields<MutationCreateModuleInstanceArgs, 'input'>>;
  deleteModuleInstance?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteModuleInstanceArgs, 'instanceId'>>;
  rotateClientSecret?: Resolver<ResolversTypes['RotatedClientSecret'], ParentType, ContextType, RequireFields<MutationRotateClientSecretArgs, 'instanceId'>>;
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
  ModuleInstance?: ModuleInstanceResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OidcClient?: OidcClientResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RotatedClientSecret?: RotatedClientSecretResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

