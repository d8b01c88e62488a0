import { asc, eq, inArray } from 'drizzle-orm';
import type { LibSQLDatabase } from 'drizzle-orm/libsql';
import type * as schema from './schema.ts';
import { companies, type CompanyRow, type NewCompanyRow } from './schema.ts';

export type TenancyDatabase = LibSQLDatabase<typeof schema>;

export async function findCompanyById(db: TenancyDatabase, id: string): Promise<CompanyRow | undefined> {
  return db.query.companies.findFirst({ where: eq(companies.id, id) });
}

export async function findCompanyByName(
  db: TenancyDatabase,
  nameNormalized: string,
): Promise<CompanyRow | undefined> {
  return db.query.companies.findFirst({ where: eq(companies.nameNormalized, nameNormalized) });
}

/** The names of the companies among these ids, sorted; ids of no company are skipped. */
export async function companyNamesByIds(db: TenancyDatabase, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ name: companies.name })
    .from(companies)
    .where(inArray(companies.id, [...new Set(ids)]))
    .orderBy(asc(companies.name));
  return rows.map((row) => row.name);
}

/** Seeding is idempotent: rows that exist already are left as they are. */
export async function insertCompanyIfAbsent(db: TenancyDatabase, company: NewCompanyRow): Promise<void> {
  await db.insert(companies).values(company).onConflictDoNothing();
}

/**
 * Creates a company unless one with the same normalized name (or id) exists. The unique index on the
 * normalized name decides, so two operators creating "Acme MSP" at once get one company; false for the
 * one that lost.
 */
export async function insertCompanyUnlessNameTaken(db: TenancyDatabase, company: NewCompanyRow): Promise<boolean> {
  const result = await db.insert(companies).values(company).onConflictDoNothing();
  return result.rowsAffected === 1;
}
