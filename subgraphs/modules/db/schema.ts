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
