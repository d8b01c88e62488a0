import { eq } from 'drizzle-orm';
import { DEFAULT_PASSWORD_POLICY, type PasswordPolicy } from '@lanyard/core/passwordPolicy';
import { passwordPolicies } from './schema.ts';
import type { IdentityDatabase } from './userStore.ts';

/** The company's password policy: its own row, or the default for a company that never changed it. */
export async function passwordPolicyOf(db: IdentityDatabase, companyId: string): Promise<PasswordPolicy> {
  const row = await db.query.passwordPolicies.findFirst({ where: eq(passwordPolicies.companyId, companyId) });
  return row ? { minLength: row.minLength } : DEFAULT_PASSWORD_POLICY;
}

/** The UPSERT that stores a company's policy, not yet run, for the batch that also records it. */
export function passwordPolicyUpsert(db: IdentityDatabase, companyId: string, policy: PasswordPolicy, now: Date) {
  return db
    .insert(passwordPolicies)
    .values({ companyId, minLength: policy.minLength, updatedAt: now })
    .onConflictDoUpdate({ target: passwordPolicies.companyId, set: { minLength: policy.minLength, updatedAt: now } });
}
