import type { GraphQLResolveInfo } from 'graphql';
import type { CompanyRow, IpAccessEventRow, SecurityAuditEventRow, AccessGroupRow } from '../db/schema.ts';
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

/**
 * A group of users of one company and the module instances it opens. A user reaches an instance only
 * through an active group that holds it. Two system groups exist in every company and can be neither
 * renamed, deactivated nor deleted: All modules (every instance, now and later; the Root Master always
 * belongs to it) and No access (none).
 */
export type AccessGroup = {
  __typename?: 'AccessGroup';
  /** An inactive group opens nothing, whatever it holds. */
  active: Scalars['Boolean']['output'];
  /** True for All modules: every instance of the company, including those added later. */
  allInstances: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** The instances the group holds (empty for the system groups; see allInstances). */
  instances: Array<ModuleInstance>;
  kind: AccessGroupKind;
  /** Its members (their ids; identity resolves who they are). */
  members: Array<User>;
  name: Scalars['String']['output'];
};

export type AccessGroupKind =
  | 'ALL_MODULES'
  | 'CUSTOM'
  | 'NO_ACCESS';

export type Company = {
  __typename?: 'Company';
  id: Scalars['ID']['output'];
  /** Unique across Lanyard, compared case-insensitively. */
  name: Scalars['String']['output'];
};

export type CreateAccessGroupInput = {
  /** Unique in the company, compared case-insensitively; 1 to 64 characters. */
  name: Scalars['String']['input'];
};

export type IpAccessEvent = {
  __typename?: 'IpAccessEvent';
  /** The client address the edge saw. */
  clientAddress: Scalars['String']['output'];
  /** ISO 8601, UTC. */
  occurredAt: Scalars['String']['output'];
  outcome: IpAccessOutcome;
  stage: IpAccessStage;
  /** The username given at sign-in, or the session's user id. */
  subject?: Maybe<Scalars['String']['output']>;
};

export type IpAccessList = {
  __typename?: 'IpAccessList';
  enabled: Scalars['Boolean']['output'];
  entries: Array<IpAccessListEntry>;
  mode: IpAccessListMode;
};

export type IpAccessListEntry = {
  __typename?: 'IpAccessListEntry';
  /** What it is, e.g. Head office. */
  label: Scalars['String']['output'];
  /** An IPv4 or IPv6 address, or a CIDR range such as 192.0.2.0/24 or 2001:db8::/32. */
  range: Scalars['String']['output'];
};

export type IpAccessListEntryInput = {
  label: Scalars['String']['input'];
  range: Scalars['String']['input'];
};

export type IpAccessListMode =
  /** Requests from other addresses are refused. */
  | 'ENFORCE'
  /** Nothing is refused; requests that would be are recorded (ipAccessEvents), to try a list first. */
  | 'MONITOR';

export type IpAccessOutcome =
  /** Monitor mode let the request through; an enforced list would have refused it. */
  | 'MONITORED'
  /** The request was refused. */
  | 'REFUSED';

export type IpAccessStage =
  /** A request of a signed-in session. */
  | 'SESSION'
  | 'SIGN_IN';

export type ModuleInstance = {
  __typename?: 'ModuleInstance';
  id: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Masters only: a new, active, empty group. ACCESS_GROUP_NAME_TAKEN when the company has that name. */
  createAccessGroup: AccessGroup;
  /** Masters only. SYSTEM_GROUP_PROTECTED for the system groups. Answers the id. */
  deleteAccessGroup: Scalars['ID']['output'];
  /** Edge only: records a request the list refused or, in monitor mode, would have refused. */
  recordIpAccessEvent: Scalars['Boolean']['output'];
  /** Masters only. SYSTEM_GROUP_PROTECTED for All modules and No access. */
  renameAccessGroup: AccessGroup;
  /** Masters only: an inactive group opens nothing. SYSTEM_GROUP_PROTECTED for the system groups. */
  setAccessGroupActive: AccessGroup;
  /** Masters only: sets the instances a custom group opens. SYSTEM_GROUP_PROTECTED for the system groups. */
  setAccessGroupInstances: AccessGroup;
  /**
   * Masters only: sets who belongs to the group. The Root Master cannot be taken out of All modules
   * (ROOT_MASTER_PROTECTED).
   */
  setAccessGroupMembers: AccessGroup;
  /**
   * Masters only: the IP Address Access List. A list that would refuse the address this request comes
   * from is refused with IP_ACCESS_LIST_EXCLUDES_YOU unless `confirmExcludingMyAddress` is true (monitor
   * mode refuses no one, so it needs no confirmation). VALIDATION_FAILED names each bad entry.
   */
  updateIpAccessList: SecuritySettings;
  /**
   * Masters only: the lockout and session settings. They apply at the edge within seconds: lockouts from
   * the next attempt, session timeouts from the next request. VALIDATION_FAILED names each setting out of
   * range.
   */
  updateSecuritySettings: SecuritySettings;
};


export type MutationCreateAccessGroupArgs = {
  input: CreateAccessGroupInput;
};


export type MutationDeleteAccessGroupArgs = {
  groupId: Scalars['ID']['input'];
};


export type MutationRecordIpAccessEventArgs = {
  input: RecordIpAccessEventInput;
};


export type MutationRenameAccessGroupArgs = {
  input: RenameAccessGroupInput;
};


export type MutationSetAccessGroupActiveArgs = {
  input: SetAccessGroupActiveInput;
};


export type MutationSetAccessGroupInstancesArgs = {
  input: SetAccessGroupInstancesInput;
};


export type MutationSetAccessGroupMembersArgs = {
  input: SetAccessGroupMembersInput;
};


export type MutationUpdateIpAccessListArgs = {
  input: UpdateIpAccessListInput;
};


export type MutationUpdateSecuritySettingsArgs = {
  input: UpdateSecuritySettingsInput;
};

export type Query = {
  __typename?: 'Query';
  /** The company's access groups, the two system groups first, then by name. Masters only. */
  accessGroups: Array<AccessGroup>;
  /**
   * The company with this name (compared case-insensitively), or null. Only the edge may call it, during
   * sign-in and recovery; a browser never learns whether a company exists.
   */
  companyForSignIn?: Maybe<Company>;
  /** The names of these companies, for the forgot-company-name email. Only the edge may call it. */
  companyNames: Array<Scalars['String']['output']>;
  /**
   * Requests the IP access list refused (or, in monitor mode, would have refused) in the signed-in
   * Master's company, newest first. Masters only. `limit` is 1 to 200.
   */
  ipAccessEvents: Array<IpAccessEvent>;
  /**
   * What Masters changed in the company's security settings, newest first. Masters only. `limit` is 1 to
   * 200. (What Masters did to users and the password policy is identity's auditLog.)
   */
  securityAuditLog: Array<SecurityAuditEvent>;
  /** The security settings of the signed-in Master's company. Masters only (FORBIDDEN otherwise). */
  securitySettings: SecuritySettings;
  /** What the edge enforces for a company (the defaults for an id of no company). Edge only. */
  securitySettingsForEdge: SecuritySettings;
};


export type QueryCompanyForSignInArgs = {
  name: Scalars['String']['input'];
};


export type QueryCompanyNamesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryIpAccessEventsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySecurityAuditLogArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySecuritySettingsForEdgeArgs = {
  companyId: Scalars['ID']['input'];
};

export type RecordIpAccessEventInput = {
  clientAddress: Scalars['String']['input'];
  companyId: Scalars['ID']['input'];
  outcome: IpAccessOutcome;
  stage: IpAccessStage;
  subject?: InputMaybe<Scalars['String']['input']>;
};

export type RenameAccessGroupInput = {
  groupId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};

export type SecurityAuditAction =
  | 'IP_ACCESS_LIST_CHANGED'
  | 'SECURITY_SETTINGS_CHANGED';

/** One change to a company's security settings. */
export type SecurityAuditEvent = {
  __typename?: 'SecurityAuditEvent';
  action: SecurityAuditAction;
  /** The Master who made it (null once that user is deleted). */
  actor?: Maybe<User>;
  /** What changed, e.g. "failed attempts before lockout 5 → 3". */
  detail: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** ISO 8601, UTC. */
  occurredAt: Scalars['String']['output'];
};

export type SecuritySettings = {
  __typename?: 'SecuritySettings';
  ipAccessList: IpAccessList;
  /** 1 minute to 23 hours 59 minutes; default 15. */
  lockoutDurationMinutes: Scalars['Int']['output'];
  /** Failed attempts (passwords or codes) allowed before lockout: 3 to 20, default 5. */
  lockoutThreshold: Scalars['Int']['output'];
  /** A session without requests for this long ends: 5 minutes to 24 hours; default 30. */
  sessionIdleTimeoutMinutes: Scalars['Int']['output'];
  /** A session ends this long after sign-in however active: 1 hour to 30 days; default 12 hours. */
  sessionLifetimeMinutes: Scalars['Int']['output'];
};

export type SetAccessGroupActiveInput = {
  active: Scalars['Boolean']['input'];
  groupId: Scalars['ID']['input'];
};

export type SetAccessGroupInstancesInput = {
  groupId: Scalars['ID']['input'];
  /** The whole set after the change: ids of module instances of the company. */
  instanceIds: Array<Scalars['ID']['input']>;
};

export type SetAccessGroupMembersInput = {
  groupId: Scalars['ID']['input'];
  /** The whole membership after the change: ids of users of the company. */
  userIds: Array<Scalars['ID']['input']>;
};

export type UpdateIpAccessListInput = {
  /** Save even though the list would refuse the address this request comes from. */
  confirmExcludingMyAddress?: InputMaybe<Scalars['Boolean']['input']>;
  enabled: Scalars['Boolean']['input'];
  entries: Array<IpAccessListEntryInput>;
  mode: IpAccessListMode;
};

export type UpdateSecuritySettingsInput = {
  lockoutDurationMinutes: Scalars['Int']['input'];
  lockoutThreshold: Scalars['Int']['input'];
  sessionIdleTimeoutMinutes: Scalars['Int']['input'];
  sessionLifetimeMinutes: Scalars['Int']['input'];
};

/**
 * A user as tenancy knows them: the groups they belong to and what those open. Fields other subgraphs add
 * to a user are nullable, so that when tenancy is down only its fields become null.
 */
export type User = {
  __typename?: 'User';
  /** The active groups the user belongs to (names travel to modules as the groups claim). */
  accessGroups?: Maybe<Array<AccessGroup>>;
  id: Scalars['ID']['output'];
  /** The instances the user's active custom groups open. */
  reachableModuleInstanceIds?: Maybe<Array<Scalars['ID']['output']>>;
  /** Whether an active group opens every instance of the company (All modules). */
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
  Company: Company;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Company:
    ( { __typename: 'Company' }
    & GraphQLRecursivePick<FederationTypes['Company'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccessGroup: ResolverTypeWrapper<AccessGroupRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AccessGroupKind: AccessGroupKind;
  Company: ResolverTypeWrapper<CompanyRow>;
  CreateAccessGroupInput: CreateAccessGroupInput;
  IpAccessEvent: ResolverTypeWrapper<IpAccessEventRow>;
  IpAccessList: ResolverTypeWrapper<IpAccessList>;
  IpAccessListEntry: ResolverTypeWrapper<IpAccessListEntry>;
  IpAccessListEntryInput: IpAccessListEntryInput;
  IpAccessListMode: IpAccessListMode;
  IpAccessOutcome: IpAccessOutcome;
  IpAccessStage: IpAccessStage;
  ModuleInstance: ResolverTypeWrapper<ModuleInstance>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  RecordIpAccessEventInput: RecordIpAccessEventInput;
  RenameAccessGroupInput: RenameAccessGroupInput;
  SecurityAuditAction: SecurityAuditAction;
  SecurityAuditEvent: ResolverTypeWrapper<SecurityAuditEventRow>;
  SecuritySettings: ResolverTypeWrapper<SecuritySettings>;
  SetAccessGroupActiveInput: SetAccessGroupActiveInput;
  SetAccessGroupInstancesInput: SetAccessGroupInstancesInput;
  SetAccessGroupMembersInput: SetAccessGroupMembersInput;
  UpdateIpAccessListInput: UpdateIpAccessListInput;
  UpdateSecuritySettingsInput: UpdateSecuritySettingsInput;
  User: ResolverTypeWrapper<Omit<User, 'accessGroups'> & { accessGroups?: Maybe<Array<ResolversTypes['AccessGroup']>> }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccessGroup: AccessGroupRow;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Company: CompanyRow;
  CreateAccessGroupInput: CreateAccessGroupInput;
  IpAccessEvent: IpAccessEventRow;
  IpAccessList: IpAccessList;
  IpAccessListEntry: IpAccessListEntry;
  IpAccessListEntryInput: IpAccessListEntryInput;
  ModuleInstance: ModuleInstance;
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  RecordIpAccessEventInput: RecordIpAccessEventInput;
  RenameAccessGroupInput: RenameAccessGroupInput;
  SecurityAuditEvent: SecurityAuditEventRow;
  SecuritySettings: SecuritySettings;
  SetAccessGroupActiveInput: SetAccessGroupActiveInput;
  SetAccessGroupInstancesInput: SetAccessGroupInstancesInput;
  SetAccessGroupMembersInput: SetAccessGroupMembersInput;
  UpdateIpAccessListInput: UpdateIpAccessListInput;
  UpdateSecuritySettingsInput: UpdateSecuritySettingsInput;
  User: Omit<User, 'accessGroups'> & { accessGroups?: Maybe<Array<ResolversParentTypes['AccessGroup']>> } | FederationReferenceTypes['User'];
}>;

export type AccessGroupResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AccessGroup'] = ResolversParentTypes['AccessGroup']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  allInstances?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instances?: Resolver<Array<ResolversTypes['ModuleInstance']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AccessGroupKind'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CompanyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company'], FederationReferenceType extends FederationReferenceTypes['Company'] = FederationReferenceTypes['Company']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Company']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type IpAccessEventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IpAccessEvent'] = ResolversParentTypes['IpAccessEvent']> = ResolversObject<{
  clientAddress?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['IpAccessOutcome'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['IpAccessStage'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type IpAccessListResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IpAccessList'] = ResolversParentTypes['IpAccessList']> = ResolversObject<{
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['IpAccessListEntry']>, ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['IpAccessListMode'], ParentType, ContextType>;
}>;

export type IpAccessListEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IpAccessListEntry'] = ResolversParentTypes['IpAccessListEntry']> = ResolversObject<{
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  range?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ModuleInstanceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ModuleInstance'] = ResolversParentTypes['ModuleInstance']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createAccessGroup?: Resolver<ResolversTypes['AccessGroup'], ParentType, ContextType, RequireFields<MutationCreateAccessGroupArgs, 'input'>>;
  deleteAccessGroup?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteAccessGroupArgs, 'groupId'>>;
  recordIpAccessEvent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRecordIpAccessEventArgs, 'input'>>;
  renameAccessGroup?: Resolver<ResolversTypes['AccessGroup'], ParentType, ContextType, RequireFields<MutationRenameAccessGroupArgs, 'input'>>;
  setAccessGroupActive?: Resolver<ResolversTypes['AccessGroup'], ParentType, ContextType, RequireFields<MutationSetAccessGroupActiveArgs, 'input'>>;
  setAccessGroupInstances?: Resolver<ResolversTypes['AccessGroup'], ParentType, ContextType, RequireFields<MutationSetAccessGroupInstancesArgs, 'input'>>;
  setAccessGroupMembers?: Resolver<ResolversTypes['AccessGroup'], ParentType, ContextType, RequireFields<MutationSetAccessGroupMembersArgs, 'input'>>;
  updateIpAccessList?: Resolver<ResolversTypes['SecuritySettings'], ParentType, ContextType, RequireFields<MutationUpdateIpAccessListArgs, 'input'>>;
  updateSecuritySettings?: Resolver<ResolversTypes['SecuritySettings'], ParentType, ContextType, RequireFields<MutationUpdateSecuritySettingsArgs, 'input'>>;
}>;

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  accessGroups?: Resolver<Array<ResolversTypes['AccessGroup']>, ParentType, ContextType>;
  companyForSignIn?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<QueryCompanyForSignInArgs, 'name'>>;
  companyNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<QueryCompanyNamesArgs, 'ids'>>;
  ipAccessEvents?: Resolver<Array<ResolversTypes['IpAccessEvent']>, ParentType, ContextType, RequireFields<QueryIpAccessEventsArgs, 'limit'>>;
  securityAuditLog?: Resolver<Array<ResolversTypes['SecurityAuditEvent']>, ParentType, ContextType, RequireFields<QuerySecurityAuditLogArgs, 'limit'>>;
  securitySettings?: Resolver<ResolversTypes['SecuritySettings'], ParentType, ContextType>;
  securitySettingsForEdge?: Resolver<ResolversTypes['SecuritySettings'], ParentType, ContextType, RequireFields<QuerySecuritySettingsForEdgeArgs, 'companyId'>>;
}>;

export type SecurityAuditEventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SecurityAuditEvent'] = ResolversParentTypes['SecurityAuditEvent']> = ResolversObject<{
  action?: Resolver<ResolversTypes['SecurityAuditAction'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SecuritySettingsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SecuritySettings'] = ResolversParentTypes['SecuritySettings']> = ResolversObject<{
  ipAccessList?: Resolver<ResolversTypes['IpAccessList'], ParentType, ContextType>;
  lockoutDurationMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lockoutThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessionIdleTimeoutMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessionLifetimeMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accessGroups?: Resolver<Maybe<Array<ResolversTypes['AccessGroup']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reachableModuleInstanceIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  reachesAllModuleInstances?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = RequestContext> = ResolversObject<{
  AccessGroup?: AccessGroupResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  IpAccessEvent?: IpAccessEventResolvers<ContextType>;
  IpAccessList?: IpAccessListResolvers<ContextType>;
  IpAccessListEntry?: IpAccessListEntryResolvers<ContextType>;
  ModuleInstance?: ModuleInstanceResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SecurityAuditEvent?: SecurityAuditEventResolvers<ContextType>;
  SecuritySettings?: SecuritySettingsResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

