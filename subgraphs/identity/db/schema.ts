import { sqliteTable, text, integer, uniqueIndex, index } from 'drizzle-orm/sqlite-core';

/** People. `companyId` is tenancy's Company id, stored as a foreign id only (no cross-database join). */
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
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    uniqueIndex('users_company_username').on(table.companyId, table.usernameNormalized),
    index('users_email').on(table.email),
  ],
);

export type UserRow = typeof users.$inferSelect;
