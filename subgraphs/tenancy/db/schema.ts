import { sqliteTable, text, integer, uniqueIndex, index, primaryKey } from 'drizzle-orm/sqlite-core';
import { accessGroupKinds } from '../domain/accessGroup.ts';
import type { IpAccessListEntry } from '@lanyard/core/ipAccessList';

export const companies = sqliteTable(
  'companies',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    nameNormalized: text('name_normalized').notNull(),
    /**
     * identity's User id of the Root Master, who always belongs to All modules. Null only for companies
     * created before it was recorded.
     */
    rootMasterUserId: text('root_master_user_id'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [uniqueIndex('companies_name').on(table.nameNormalized)],
);

export type CompanyRow = typeof companies.$inferSelect;
export type NewCompanyRow = typeof companies.$inferInsert;

/** A company's security settings; a company without a row has the defaults (core/securitySettings.ts). */
export const securitySettings = sqliteTable('security_settings', {
  companyId: text('company_id')
    .primaryKey()
    .references(() => companies.id),
  lockoutThreshold: integer('lockout_threshold').notNull(),
  lockoutDurationMinutes: integer('lockout_duration_minutes').notNull(),
  sessionIdleTimeoutMinutes: integer('session_idle_timeout_minutes').notNull(),
  sessionLifetimeMinutes: integer('session_lifetime_minutes').notNull(),
  ipAccessListEnabled: integer('ip_access_list_enabled', { mode: 'boolean' }).notNull(),
  ipAccessListMode: text('ip_access_list_mode', { enum: ['ENFORCE', 'MONITOR'] }).notNull(),
  /** The entries in the admin's order, as JSON: read and written whole, never queried inside. */
  ipAccessListEntries: text('ip_access_list_entries', { mode: 'json' }).$type<IpAccessListEntry[]>().notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});

/** Requests the IP access list refused, or in monitor mode would have refused; kept 30 days. */
export const ipAccessEvents = sqliteTable(
  'ip_access_events',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id').notNull(),
    clientAddress: text('client_address').notNull(),
    outcome: text('outcome', { enum: ['REFUSED', 'MONITORED'] }).notNull(),
    stage: text('stage', { enum: ['SIGN_IN', 'SESSION'] }).notNull(),
    subject: text('subject'),
    occurredAt: integer('occurred_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('ip_access_events_company_time').on(table.companyId, table.occurredAt)],
);

export type SecuritySettingsRow = typeof securitySettings.$inferSelect;
export type IpAccessEventRow = typeof ipAccessEvents.$inferSelect;

/** Changes Masters made to the company's security settings, written in the same batch as the change. */
export const securityAuditEvents = sqliteTable(
  'security_audit_events',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id').notNull(),
    action: text('action', { enum: ['SECURITY_SETTINGS_CHANGED', 'IP_ACCESS_LIST_CHANGED'] }).notNull(),
    /** identity's User id; the username is resolved through federation when the log is read. */
    actorUserId: text('actor_user_id').notNull(),
    detail: text('detail').notNull(),
    occurredAt: integer('occurred_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('security_audit_events_company_time').on(table.companyId, table.occurredAt)],
);

export type SecurityAuditEventRow = typeof securityAuditEvents.$inferSelect;

/**
 * Access groups. The two system groups of a company (ALL_MODULES, NO_ACCESS) have fixed ids derived
 * from the company's (domain/accessGroup.ts), so they exist once per company however often they are
 * made sure of.
 */
export const accessGroups = sqliteTable(
  'access_groups',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id),
    name: text('name').notNull(),
    nameNormalized: text('name_normalized').notNull(),
    kind: text('kind', { enum: accessGroupKinds }).notNull(),
    active: integer('active', { mode: 'boolean' }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [uniqueIndex('access_groups_company_name').on(table.companyId, table.nameNormalized)],
);

/** Who belongs to a group: identity's User ids, stored as foreign ids only. */
export const accessGroupMembers = sqliteTable(
  'access_group_members',
  {
    groupId: text('group_id')
      .notNull()
      .references(() => accessGroups.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull(),
  },
  (table) => [primaryKey({ columns: [table.groupId, table.userId] }), index('access_group_members_user').on(table.userId)],
);

/** What a custom group opens: modules' ModuleInstance ids, stored as foreign ids only. */
export const accessGroupInstances = sqliteTable(
  'access_group_instances',
  {
    groupId: text('group_id')
      .notNull()
      .references(() => accessGroups.id, { onDelete: 'cascade' }),
    instanceId: text('instance_id').notNull(),
  },
  (table) => [primaryKey({ columns: [table.groupId, table.instanceId] })],
);

export type AccessGroupRow = typeof accessGroups.$inferSelect;
