import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** One company's tenant of a module. `companyId` is tenancy's Company id, stored as a foreign id only. */
export const moduleInstances = sqliteTable(
  'module_instances',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id').notNull(),
    moduleName: text('module_name').notNull(),
    instanceName: text('instance_name').notNull(),
    baseUrl: text('base_url').notNull(),
    /** Where users land after SSO; the base URL when null. */
    landingPageUrl: text('landing_page_url'),
    /** The module's own login page; the base URL when null. */
    localLoginUrl: text('local_login_url'),
    iconUrl: text('icon_url'),
    unifiedLoginEnabled: integer('unified_login_enabled', { mode: 'boolean' }).notNull().default(true),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('module_instances_company').on(table.companyId)],
);

/**
 * The OpenID Connect client of an instance, one each. A confidential client's secret is kept only as
 * the SHA-256 of its 256 random bits (high entropy needs no slow hash, and the token endpoint checks it
 * on every request). Redirect URIs are matched exactly, so they are stored as given.
 */
export const oidcClients = sqliteTable(
  'oidc_clients',
  {
    instanceId: text('instance_id')
      .primaryKey()
      .references(() => moduleInstances.id, { onDelete: 'cascade' }),
    clientId: text('client_id').notNull(),
    clientType: text('client_type', { enum: ['CONFIDENTIAL', 'PUBLIC'] }).notNull(),
    secretHash: text('secret_hash'),
    secretCreatedAt: integer('secret_created_at', { mode: 'timestamp_ms' }),
    redirectUris: text('redirect_uris', { mode: 'json' }).$type<string[]>().notNull(),
    postLogoutRedirectUris: text('post_logout_redirect_uris', { mode: 'json' }).$type<string[]>().notNull(),
    backchannelLogoutUri: text('backchannel_logout_uri'),
    /** Where the module starts its sign-in when opened from My Modules (OpenID Connect Core §4). */
    initiateLoginUri: text('initiate_login_uri'),
  },
  (table) => [uniqueIndex('oidc_clients_client_id').on(table.clientId)],
);

export type OidcClientRow = typeof oidcClients.$inferSelect;

export type ModuleInstanceRow = typeof moduleInstances.$inferSelect;
export type NewModuleInstanceRow = typeof moduleInstances.$inferInsert;

/**
 * Automatic user provisioning of an instance (JIT through SCIM 2.0), one row each at most; no row is
 * off. The bearer token is sealed (AES-256-GCM, bound to the instance id), not hashed: Lanyard must send
 * it. Role mapping: the module role a Lanyard MASTER (the Root Master too) or USER gets; null falls back
 * to the default role.
 */
export const moduleProvisioning = sqliteTable('module_provisioning', {
  instanceId: text('instance_id')
    .primaryKey()
    .references(() => moduleInstances.id, { onDelete: 'cascade' }),
  enabled: integer('enabled', { mode: 'boolean' }).notNull(),
  scimBaseUrl: text('scim_base_url'),
  scimTokenSealed: text('scim_token_sealed'),
  scimTokenSetAt: integer('scim_token_set_at', { mode: 'timestamp_ms' }),
  defaultRole: text('default_role'),
  masterRole: text('master_role'),
  userRole: text('user_role'),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});

/**
 * Which module account a Lanyard user has in an instance (the module's SCIM id), made by provisioning:
 * one per user and instance, and one Lanyard user per module account. `userId` is identity's User id,
 * stored as a foreign id only.
 */
export const moduleAccountLinks = sqliteTable(
  'module_account_links',
  {
    instanceId: text('instance_id')
      .notNull()
      .references(() => moduleInstances.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull(),
    moduleAccountId: text('module_account_id').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    uniqueIndex('module_account_links_user').on(table.instanceId, table.userId),
    uniqueIndex('module_account_links_account').on(table.instanceId, table.moduleAccountId),
  ],
);

export type ModuleProvisioningRow = typeof moduleProvisioning.$inferSelect;
export type ModuleAccountLinkRow = typeof moduleAccountLinks.$inferSelect;
