import { sqliteTable, text, integer, uniqueIndex, index } from 'drizzle-orm/sqlite-core';
import { roles } from '../domain/role.ts';

export const companies = sqliteTable(
  'companies',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    nameNormalized: text('name_normalized').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [uniqueIndex('companies_name').on(table.nameNormalized)],
);

/** A user's place in a company. `userId` is identity's User id, stored as a foreign id only. */
export const memberships = sqliteTable(
  'memberships',
  {
    userId: text('user_id').primaryKey(),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id),
    role: text('role', { enum: roles }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('memberships_company').on(table.companyId)],
);

export type CompanyRow = typeof companies.$inferSelect;
export type MembershipRow = typeof memberships.$inferSelect;
