import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

/** One company's tenant of a module. `companyId` is tenancy's Company id, stored as a foreign id only. */
export const moduleInstances = sqliteTable(
  'module_instances',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id').notNull(),
    moduleName: text('module_name').notNull(),
    instanceName: text('instance_name').notNull(),
    baseUrl: text('base_url').notNull(),
    unifiedLoginEnabled: integer('unified_login_enabled', { mode: 'boolean' }).notNull().default(true),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('module_instances_company').on(table.companyId)],
);

export type ModuleInstanceRow = typeof moduleInstances.$inferSelect;
