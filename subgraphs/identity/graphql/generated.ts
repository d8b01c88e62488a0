import type { GraphQLResolveInfo } from 'graphql';
import type { UserRow, AuditEventRow } from '../db/schema.ts';
import type { RequestContext } from '@lanyard/core/requestContext';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

/** The roles a Master can give: there is one Root Master, who opened the account. */
export type AssignableRole =
  | 'MASTER'
  | 'USER';

export type AuditAction =
  | 'INVITATION_RESENT'
  | 'INVITATION_REVOKED'
  | 'PASSWORD_POLICY_CHANGED'
  | 'PASSWORD_RESET_BY_ADMIN'
  | 'ROLE_CHANGED'
  | 'TWO_FACTOR_RESET_BY_ADMIN'
  | 'USER_DELETED'
  | 'USER_INVITED';

/** One thing a Master did, and when. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  action: AuditAction;
  /** The Master who did it (kept as it was then, even after that user is deleted). */
  actorUsername: Scalars['String']['output'];
  /** What changed, e.g. "USER → MASTER" or "minimum length 8 → 12". */
  detail?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** ISO 8601, UTC. */
  occurredAt: Scalars['String']['output'];
  /** The user it was done to; null for company settings. */
  targetUsername?: Maybe<Scalars['String']['output']>;
};

export type ChangeUserRoleInput = {
  role: AssignableRole;
  userId: Scalars['ID']['input'];
};

export type Company = {
  __typename?: 'Company';
  id: Scalars['ID']['output'];
};

export type CompletePasswordResetInput = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

export type CompleteSignUpInput = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

export type ConfirmTotpEnrolmentInput = {
  code: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};

export type ConfirmedTotpEnrolment = {
  __typename?: 'ConfirmedTotpEnrolment';
  /** Ten single-use recovery codes, shown this once and stored only as keyed hashes. */
  recoveryCodes: Array<Scalars['String']['output']>;
};

export type InviteUserInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  role: AssignableRole;
  /** Unique in the company (compared case-insensitively) and never changed afterwards. */
  username: Scalars['String']['input'];
};

/** One message of the development outbox. */
export type MailboxMessage = {
  __typename?: 'MailboxMessage';
  id: Scalars['ID']['output'];
  /** When it was stored: ISO 8601, UTC. */
  sentAt: Scalars['String']['output'];
  subject: Scalars['String']['output'];
  /** The plain-text part. */
  text: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Masters only: makes the user a Master or a plain User. */
  changeUserRole: User;
  /**
   * Sets a new password from a reset link, applying the password policy (VALIDATION_FAILED names each failed
   * rule), and emails a confirmation. Edge only; an unknown, used or expired link answers RESET_LINK_INVALID.
   */
  completePasswordReset: PasswordResetCompleted;
  /**
   * Sets the first password of an invited user from their single-use sign-up link, applying the password
   * policy (VALIDATION_FAILED names each failed rule). Only the edge may call it; an unknown, used or
   * expired link answers SIGN_UP_LINK_INVALID.
   */
  completeSignUp: SignUpCompleted;
  /**
   * Confirms enrolment with a current code from the new authenticator and issues 10 recovery codes, shown
   * this once. Only the edge may call it; a wrong code answers BAD_SECOND_FACTOR.
   */
  confirmTotpEnrolment: ConfirmedTotpEnrolment;
  /** Masters only: deletes the user and everything identity holds for them. Answers the id. */
  deleteUser: Scalars['ID']['output'];
  /**
   * Masters only: creates a user of the Master's company without a password and emails them a single-use
   * sign-up link valid 72 hours. USERNAME_TAKEN when the company has that username already (any case);
   * VALIDATION_FAILED names each bad field.
   */
  inviteUser: User;
  /**
   * "Forgot password": when the username exists in the company, emails a single-use reset link valid 30
   * minutes (replacing earlier ones); otherwise does nothing. Answers true either way. Edge only: the edge
   * answers the person before this runs, so neither the answer nor its timing tells whether an account matched.
   */
  requestPasswordReset: Scalars['Boolean']['output'];
  /**
   * Masters only: emails an invited user a new sign-up link; the one sent before stops working.
   * NOT_INVITED when the user has already chosen a password.
   */
  resendInvitation: User;
  /**
   * Masters only: the user's password stops working at once and they are emailed a single-use link
   * (30 minutes) to choose a new one; "Forgot password" sends a fresh link after that.
   */
  resetUserPassword: User;
  /**
   * Masters only: removes the user's authenticator and recovery codes; they set up a new authenticator at
   * their next sign-in.
   */
  resetUserTwoFactor: User;
  /**
   * Masters only: withdraws a pending invitation, deleting the user who never signed up; their link stops
   * working. NOT_INVITED when the user has already chosen a password (delete them instead). Answers the id.
   */
  revokeInvitation: Scalars['ID']['output'];
  /**
   * "Forgot company name": emails one message listing the given company names to this address. Edge only;
   * the edge calls it only when the address has a user in at least one company.
   */
  sendCompanyNamesReminder: Scalars['Boolean']['output'];
  /**
   * Starts two-factor enrolment for a user without a confirmed authenticator: a new secret, shown as a QR
   * code and for manual entry. Starting again replaces an unconfirmed secret. Only the edge may call it;
   * a user whose authenticator is already confirmed gets SECOND_FACTOR_ALREADY_SET_UP.
   */
  startTotpEnrolment: TotpEnrolment;
  /** Masters only: sets the company's password policy; it applies to every password chosen from then on. */
  updatePasswordPolicy: PasswordPolicy;
  /**
   * Checks a password during sign-in. Only the edge may call it (it orchestrates sign-in and turns the
   * verdict into a session); it answers BAD_CREDENTIALS for any wrong username, company or password alike.
   */
  verifyPassword: PasswordVerdict;
  /**
   * Checks the second factor of a user whose password the edge has just verified: a 6-digit code from
   * their authenticator app (each 30-second step usable once) or one of their single-use recovery codes.
   * Only the edge may call it; it answers BAD_SECOND_FACTOR for any wrong, replayed or used code.
   */
  verifySecondFactor: SecondFactorVerdict;
};


export type MutationChangeUserRoleArgs = {
  input: ChangeUserRoleInput;
};


export type MutationCompletePasswordResetArgs = {
  input: CompletePasswordResetInput;
};


export type MutationCompleteSignUpArgs = {
  input: CompleteSignUpInput;
};


export type MutationConfirmTotpEnrolmentArgs = {
  input: ConfirmTotpEnrolmentInput;
};


export type MutationDeleteUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationInviteUserArgs = {
  input: InviteUserInput;
};


export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};


export type MutationResendInvitationArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationResetUserPasswordArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationResetUserTwoFactorArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationRevokeInvitationArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationSendCompanyNamesReminderArgs = {
  input: SendCompanyNamesReminderInput;
};


export type MutationStartTotpEnrolmentArgs = {
  input: StartTotpEnrolmentInput;
};


export type MutationUpdatePasswordPolicyArgs = {
  input: UpdatePasswordPolicyInput;
};


export type MutationVerifyPasswordArgs = {
  input: VerifyPasswordInput;
};


export type MutationVerifySecondFactorArgs = {
  input: VerifySecondFactorInput;
};

/**
 * What a company's new passwords must meet. Only the minimum length is chosen per company; the other rules
 * (a lower-case and an upper-case letter, a digit, a symbol, not the username or company name, not a common
 * password) apply everywhere.
 */
export type PasswordPolicy = {
  __typename?: 'PasswordPolicy';
  /** Fixed at 128 for every company. */
  maxLength: Scalars['Int']['output'];
  /** 8 to 64; 8 unless a Master chose otherwise. */
  minLength: Scalars['Int']['output'];
};

export type PasswordResetCompleted = {
  __typename?: 'PasswordResetCompleted';
  companyName: Scalars['String']['output'];
  username: Scalars['String']['output'];
};

export type PasswordResetLink = {
  __typename?: 'PasswordResetLink';
  companyName: Scalars['String']['output'];
  /** The rules the new password must meet, for the page's live checklist. */
  passwordPolicy: PasswordPolicy;
  username: Scalars['String']['output'];
};

export type PasswordVerdict = {
  __typename?: 'PasswordVerdict';
  companyId: Scalars['ID']['output'];
  /** The user's role now, which the session keeps (a demotion ends the session). */
  role: Role;
  /** What the user must do next: no session exists before a second factor succeeds. */
  secondFactor: SecondFactorState;
  userId: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * What Masters did to the users and settings of their company, newest first. Masters only. \`limit\` is
   * 1 to 200.
   */
  auditLog: Array<AuditEvent>;
  /** The companies in which this email address has a user (compared case-insensitively). Edge only. */
  companyIdsForEmail: Array<Scalars['ID']['output']>;
  /** Every user of the signed-in Master's company, by username. Masters only (FORBIDDEN otherwise). */
  companyUsers: Array<User>;
  /**
   * Development only: the latest messages of the development outbox (mail stored instead of sent when
   * SMTP_URL is unset), newest first, for the edge's /dev/mailbox page. Edge only; NOT_FOUND when mail is
   * really sent (SMTP configured, as in production). \`limit\` is 1 to 200.
   */
  developmentMailbox: Array<MailboxMessage>;
  /** The signed-in user, or null when the request has no session. */
  me?: Maybe<User>;
  /** The password policy of the signed-in user's company (the defaults until a Master changes them). */
  passwordPolicy: PasswordPolicy;
  /** Who a password reset link is for. Edge only; an unknown, used or expired link answers RESET_LINK_INVALID. */
  passwordResetLink: PasswordResetLink;
  /**
   * Who a sign-up link is for, so the page can greet them before they choose a password. Only the edge may
   * call it; an unknown, used or expired link answers SIGN_UP_LINK_INVALID.
   */
  signUpInvitation: SignUpInvitation;
  /**
   * A user by id, for the edge's OIDC endpoints (the claims of a token and what the user may reach), or
   * null when there is no such user (deleted). Edge only.
   */
  userForEdge?: Maybe<User>;
};


export type QueryAuditLogArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCompanyIdsForEmailArgs = {
  email: Scalars['String']['input'];
};


export type QueryDevelopmentMailboxArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPasswordResetLinkArgs = {
  token: Scalars['String']['input'];
};


export type QuerySignUpInvitationArgs = {
  token: Scalars['String']['input'];
};


export type QueryUserForEdgeArgs = {
  id: Scalars['ID']['input'];
};

export type RequestPasswordResetInput = {
  /** Null when no company has the name given (nothing is sent then). */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** The company name as the person typed it, for the email. */
  companyName: Scalars['String']['input'];
  username: Scalars['String']['input'];
};

/** A user's role in their company. */
export type Role =
  /** An administrator of the company. */
  | 'MASTER'
  /** The user who opened the company account; can never be deleted or demoted. */
  | 'ROOT_MASTER'
  | 'USER';

export type SecondFactorMethod =
  | 'RECOVERY_CODE'
  | 'TOTP';

export type SecondFactorState =
  /** No confirmed authenticator yet: the user sets one up now. */
  | 'ENROLMENT_REQUIRED'
  /** An authenticator is confirmed: ask for its code. */
  | 'TOTP';

export type SecondFactorVerdict = {
  __typename?: 'SecondFactorVerdict';
  method: SecondFactorMethod;
  /** How many unused recovery codes remain, when one was just used. */
  recoveryCodesRemaining?: Maybe<Scalars['Int']['output']>;
};

export type SendCompanyNamesReminderInput = {
  companyNames: Array<Scalars['String']['input']>;
  email: Scalars['String']['input'];
};

export type SignUpCompleted = {
  __typename?: 'SignUpCompleted';
  companyName: Scalars['String']['output'];
  username: Scalars['String']['output'];
};

export type SignUpInvitation = {
  __typename?: 'SignUpInvitation';
  companyName: Scalars['String']['output'];
  displayName: Scalars['String']['output'];
  /** The rules the new password must meet, for the page's live checklist. */
  passwordPolicy: PasswordPolicy;
  username: Scalars['String']['output'];
};

export type StartTotpEnrolmentInput = {
  /** The company name the user signed in with, for the label their authenticator app shows. */
  companyName: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};

export type TotpEnrolment = {
  __typename?: 'TotpEnrolment';
  /** The secret in groups of four, for typing into an app that cannot scan. */
  manualEntryKey: Scalars['String']['output'];
  /** otpauth://totp/Lanyard:<company>%2F<username>?secret=...&issuer=Lanyard */
  otpauthUri: Scalars['String']['output'];
  /** The otpauth URI as a QR code, an SVG document. */
  qrCodeSvg: Scalars['String']['output'];
};

export type UpdatePasswordPolicyInput = {
  minLength: Scalars['Int']['input'];
};

export type User = {
  __typename?: 'User';
  /**
   * The user's company. Identity knows it (usernames are unique per company), so the gateway can ask
   * tenancy and modules about this user side by side instead of one after the other.
   */
  company?: Maybe<Company>;
  /** When the user was created or invited: ISO 8601, UTC. */
  createdAt: Scalars['String']['output'];
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  role: Role;
  /** Masters only (null for anyone else but the user themselves): where the account stands. */
  status?: Maybe<UserStatus>;
  /** Unique per company, compared case-insensitively, never changed. */
  username: Scalars['String']['output'];
};

/** Where an account stands, as the users list shows it. */
export type UserStatus =
  | 'ACTIVE'
  /** Invited: has not yet chosen a password from their sign-up link. */
  | 'INVITED'
  /** A Master reset their password: they choose a new one from the emailed link. */
  | 'PASSWORD_RESET_PENDING'
  /** Has a password but no authenticator yet: sets one up at next sign-in. */
  | 'TWO_FACTOR_NOT_SET_UP';

export type VerifyPasswordInput = {
  /** The company the edge resolved from the company name; null when no company has that name. */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};

export type VerifySecondFactorInput = {
  /** A 6-digit authenticator code or a recovery code such as abcde-12345. */
  code: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
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
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AssignableRole: AssignableRole;
  AuditAction: AuditAction;
  AuditEvent: ResolverTypeWrapper<AuditEventRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ChangeUserRoleInput: ChangeUserRoleInput;
  Company: ResolverTypeWrapper<Company>;
  CompletePasswordResetInput: CompletePasswordResetInput;
  CompleteSignUpInput: CompleteSignUpInput;
  ConfirmTotpEnrolmentInput: ConfirmTotpEnrolmentInput;
  ConfirmedTotpEnrolment: ResolverTypeWrapper<ConfirmedTotpEnrolment>;
  InviteUserInput: InviteUserInput;
  MailboxMessage: ResolverTypeWrapper<MailboxMessage>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PasswordPolicy: ResolverTypeWrapper<PasswordPolicy>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  PasswordResetCompleted: ResolverTypeWrapper<PasswordResetCompleted>;
  PasswordResetLink: ResolverTypeWrapper<PasswordResetLink>;
  PasswordVerdict: ResolverTypeWrapper<PasswordVerdict>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RequestPasswordResetInput: RequestPasswordResetInput;
  Role: Role;
  SecondFactorMethod: SecondFactorMethod;
  SecondFactorState: SecondFactorState;
  SecondFactorVerdict: ResolverTypeWrapper<SecondFactorVerdict>;
  SendCompanyNamesReminderInput: SendCompanyNamesReminderInput;
  SignUpCompleted: ResolverTypeWrapper<SignUpCompleted>;
  SignUpInvitation: ResolverTypeWrapper<SignUpInvitation>;
  StartTotpEnrolmentInput: StartTotpEnrolmentInput;
  TotpEnrolment: ResolverTypeWrapper<TotpEnrolment>;
  UpdatePasswordPolicyInput: UpdatePasswordPolicyInput;
  User: ResolverTypeWrapper<UserRow>;
  UserStatus: UserStatus;
  VerifyPasswordInput: VerifyPasswordInput;
  VerifySecondFactorInput: VerifySecondFactorInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AuditEvent: AuditEventRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  ChangeUserRoleInput: ChangeUserRoleInput;
  Company: Company;
  CompletePasswordResetInput: CompletePasswordResetInput;
  CompleteSignUpInput: CompleteSignUpInput;
  ConfirmTotpEnrolmentInput: ConfirmTotpEnrolmentInput;
  ConfirmedTotpEnrolment: ConfirmedTotpEnrolment;
  InviteUserInput: InviteUserInput;
  MailboxMessage: MailboxMessage;
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
  PasswordPolicy: PasswordPolicy;
  Int: Scalars['Int']['output'];
  PasswordResetCompleted: PasswordResetCompleted;
  PasswordResetLink: PasswordResetLink;
  PasswordVerdict: PasswordVerdict;
  Query: Record<PropertyKey, never>;
  RequestPasswordResetInput: RequestPasswordResetInput;
  SecondFactorVerdict: SecondFactorVerdict;
  SendCompanyNamesReminderInput: SendCompanyNamesReminderInput;
  SignUpCompleted: SignUpCompleted;
  SignUpInvitation: SignUpInvitation;
  StartTotpEnrolmentInput: StartTotpEnrolmentInput;
  TotpEnrolment: TotpEnrolment;
  UpdatePasswordPolicyInput: UpdatePasswordPolicyInput;
  User: UserRow;
  VerifyPasswordInput: VerifyPasswordInput;
  VerifySecondFactorInput: VerifySecondFactorInput;
}>;

export type AuditEventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = ResolversObject<{
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  actorUsername?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetUsername?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CompanyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ConfirmedTotpEnrolmentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConfirmedTotpEnrolment'] = ResolversParentTypes['ConfirmedTotpEnrolment']> = ResolversObject<{
  recoveryCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MailboxMessageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MailboxMessage'] = ResolversParentTypes['MailboxMessage']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sentAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  changeUserRole?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationChangeUserRoleArgs, 'input'>>;
  completePasswordReset?: Resolver<ResolversTypes['PasswordResetCompleted'], ParentType, ContextType, RequireFields<MutationCompletePasswordResetArgs, 'input'>>;
  completeSignUp?: Resolver<ResolversTypes['SignUpCompleted'], ParentType, ContextType, RequireFields<MutationCompleteSignUpArgs, 'input'>>;
  confirmTotpEnrolment?: Resolver<ResolversTypes['ConfirmedTotpEnrolment'], ParentType, ContextType, RequireFields<MutationConfirmTotpEnrolmentArgs, 'input'>>;
  deleteUser?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteUserArgs, 'userId'>>;
  inviteUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationInviteUserArgs, 'input'>>;
  requestPasswordReset?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, 'input'>>;
  resendInvitation?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationResendInvitationArgs, 'userId'>>;
  resetUserPassword?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationResetUserPasswordArgs, 'userId'>>;
  resetUserTwoFactor?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationResetUserTwoFactorArgs, 'userId'>>;
  revokeInvitation?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationRevokeInvitationArgs, 'userId'>>;
  sendCompanyNamesReminder?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSendCompanyNamesReminderArgs, 'input'>>;
  startTotpEnrolment?: Resolver<ResolversTypes['TotpEnrolment'], ParentType, ContextType, RequireFields<MutationStartTotpEnrolmentArgs, 'input'>>;
  updatePasswordPolicy?: Resolver<ResolversTypes['PasswordPolicy'], ParentType, ContextType, RequireFields<MutationUpdatePasswordPolicyArgs, 'input'>>;
  verifyPassword?: Resolver<ResolversTypes['PasswordVerdict'], ParentType, ContextType, RequireFields<MutationVerifyPasswordArgs, 'input'>>;
  verifySecondFactor?: Resolver<ResolversTypes['SecondFactorVerdict'], ParentType, ContextType, RequireFields<MutationVerifySecondFactorArgs, 'input'>>;
}>;

export type PasswordPolicyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PasswordPolicy'] = ResolversParentTypes['PasswordPolicy']> = ResolversObject<{
  maxLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PasswordResetCompletedResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PasswordResetCompleted'] = ResolversParentTypes['PasswordResetCompleted']> = ResolversObject<{
  companyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PasswordResetLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PasswordResetLink'] = ResolversParentTypes['PasswordResetLink']> = ResolversObject<{
  companyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passwordPolicy?: Resolver<ResolversTypes['PasswordPolicy'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PasswordVerdictResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PasswordVerdict'] = ResolversParentTypes['PasswordVerdict']> = ResolversObject<{
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  secondFactor?: Resolver<ResolversTypes['SecondFactorState'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  auditLog?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'limit'>>;
  companyIdsForEmail?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<QueryCompanyIdsForEmailArgs, 'email'>>;
  companyUsers?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  developmentMailbox?: Resolver<Array<ResolversTypes['MailboxMessage']>, ParentType, ContextType, RequireFields<QueryDevelopmentMailboxArgs, 'limit'>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  passwordPolicy?: Resolver<ResolversTypes['PasswordPolicy'], ParentType, ContextType>;
  passwordResetLink?: Resolver<ResolversTypes['PasswordResetLink'], ParentType, ContextType, RequireFields<QueryPasswordResetLinkArgs, 'token'>>;
  signUpInvitation?: Resolver<ResolversTypes['SignUpInvitation'], ParentType, ContextType, RequireFields<QuerySignUpInvitationArgs, 'token'>>;
  userForEdge?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserForEdgeArgs, 'id'>>;
}>;

export type SecondFactorVerdictResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SecondFactorVerdict'] = ResolversParentTypes['SecondFactorVerdict']> = ResolversObject<{
  method?: Resolver<ResolversTypes['SecondFactorMethod'], ParentType, ContextType>;
  recoveryCodesRemaining?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type SignUpCompletedResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SignUpCompleted'] = ResolversParentTypes['SignUpCompleted']> = ResolversObject<{
  companyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SignUpInvitationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SignUpInvitation'] = ResolversParentTypes['SignUpInvitation']> = ResolversObject<{
  companyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passwordPolicy?: Resolver<ResolversTypes['PasswordPolicy'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TotpEnrolmentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TotpEnrolment'] = ResolversParentTypes['TotpEnrolment']> = ResolversObject<{
  manualEntryKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  otpauthUri?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  qrCodeSvg?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['UserStatus']>, ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = RequestContext> = ResolversObject<{
  AuditEvent?: AuditEventResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  ConfirmedTotpEnrolment?: ConfirmedTotpEnrolmentResolvers<ContextType>;
  MailboxMessage?: MailboxMessageResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PasswordPolicy?: PasswordPolicyResolvers<ContextType>;
  PasswordResetCompleted?: PasswordResetCompletedResolvers<ContextType>;
  PasswordResetLink?: PasswordResetLinkResolvers<ContextType>;
  PasswordVerdict?: PasswordVerdictResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SecondFactorVerdict?: SecondFactorVerdictResolvers<ContextType>;
  SignUpCompleted?: SignUpCompletedResolvers<ContextType>;
  SignUpInvitation?: SignUpInvitationResolvers<ContextType>;
  TotpEnrolment?: TotpEnrolmentResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

