import { sqliteTable, text, integer, uniqueIndex, index } from 'drizzle-orm/sqlite-core';
import { auditActions } from '../domain/auditAction.ts';
import { roles } from '@lanyard/core/role';

/**
 * People. `companyId` is tenancy's Company id, stored as a foreign id only (no cross-database join).
 * The role lives here, beside the user, so that an admin action checks the caller's role and the
 * target's and changes the target in one database.
 */
export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id').notNull(),
    username: text('username').notNull(),
    usernameNormalized: text('username_normalized').notNull(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    /** argon2id PHC string; the password itself is never stored. */
    passwordHash: text('password_hash'),
    role: text('role', { enum: roles }).notNull().default('USER'),
    /** When the user first chose a password; null while their invitation is pending. */
    activatedAt: integer('activated_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    uniqueIndex('users_company_username').on(table.companyId, table.usernameNormalized),
    index('users_email').on(table.email),
  ],
);

export type UserRow = typeof users.$inferSelect;
/** A user as inserted: the role defaults to USER, and a user is not activated until they choose a password. */
export type NewUserRow = typeof users.$inferInsert;

/**
 * A user's authenticator (TOTP) secret, one per user. `confirmedAt` is null while enrolment is pending:
 * the secret counts as a second factor only once the user has entered a code from it.
 * `lastUsedStep` is the newest time step accepted for this user; a code of that step or an older one is
 * refused, which is what stops a replayed code (see claimTimeStep).
 */
export const totpCredentials = sqliteTable('totp_credentials', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  /** The base32 secret sealed by the secret box (`v1.<iv>.<ciphertext+tag>`), bound to the user id. */
  encryptedSecret: text('encrypted_secret').notNull(),
  confirmedAt: integer('confirmed_at', { mode: 'timestamp_ms' }),
  lastUsedStep: integer('last_used_step'),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

/** Single-use recovery codes, stored only as keyed hashes; `usedAt` marks a code spent. */
export const recoveryCodes = sqliteTable(
  'recovery_codes',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [uniqueIndex('recovery_codes_code_hash').on(table.codeHash), index('recovery_codes_user').on(table.userId)],
);

export type TotpCredentialRow = typeof totpCredentials.$inferSelect;
export type RecoveryCodeRow = typeof recoveryCodes.$inferSelect;

/**
 * Single-use account links, stored only as the SHA-256 hash of their token (see
 * domain/accountLinkToken.ts). `purpose` says what a link may do: SIGN_UP (welcome email, invitations:
 * a first password) or PASSWORD_RESET (a new password); a link is only ever looked up for its purpose.
 * The table keeps the name it was created with, from when sign-up links were the only kind. `companyName` is a snapshot taken when the link was issued, for the
 * greeting and the password rule "does not contain your company name"; tenancy owns the name itself.
 * `usedAt` is set when the link sets a password, or when a newer link of the same purpose for the same
 * user replaces it.
 */
export const accountLinks = sqliteTable(
  'sign_up_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: ['SIGN_UP', 'PASSWORD_RESET'] })
      .notNull()
      .default('SIGN_UP'),
    companyName: text('company_name').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
  },
  (table) => [index('sign_up_tokens_user').on(table.userId)],
);

export type AccountLinkRow = typeof accountLinks.$inferSelect;

/** A company's own password policy; a company without a row has the default policy. */
export const passwordPolicies = sqliteTable('password_policies', {
  companyId: text('company_id').primaryKey(),
  minLength: integer('min_length').notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});

/**
 * What Masters did, written in the same transaction as the change itself. Usernames are copied, not
 * referenced, so the record outlives the users it names.
 */
export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id').notNull(),
    action: text('action', { enum: auditActions }).notNull(),
    actorUserId: text('actor_user_id').notNull(),
    actorUsername: text('actor_username').notNull(),
    targetUserId: text('target_user_id'),
    targetUsername: text('target_username'),
    detail: text('detail'),
    occurredAt: integer('occurred_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('audit_events_company_time').on(table.companyId, table.occurredAt)],
);

export type PasswordPolicyRow = typeof passwordPolicies.$inferSelect;
export type AuditEventRow = typeof auditEvents.$inferSelect;
