import { randomUUID } from 'node:crypto';
import { and, desc, eq, lt } from 'drizzle-orm';
import { DEFAULT_COMPANY_SECURITY, type CompanySecurity } from '@lanyard/core/securitySettings';
import {
  ipAccessEvents,
  securityAuditEvents,
  securitySettings,
  type IpAccessEventRow,
  type SecurityAuditEventRow,
} from './schema.ts';
import type { TenancyDatabase } from './tenancyStore.ts';

/** How long refused requests stay on record. */
const IP_ACCESS_EVENT_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

export async function companySecurity(db: TenancyDatabase, companyId: string): Promise<CompanySecurity> {
  const row = await db.query.securitySettings.findFirst({ where: eq(securitySettings.companyId, companyId) });
  if (!row) return DEFAULT_COMPANY_SECURITY;
  return {
    lockoutThreshold: row.lockoutThreshold,
    lockoutDurationMinutes: row.lockoutDurationMinutes,
    sessionIdleTimeoutMinutes: row.sessionIdleTimeoutMinutes,
    sessionLifetimeMinutes: row.sessionLifetimeMinutes,
    ipAccessList: { enabled: row.ipAccessListEnabled, mode: row.ipAccessListMode, entries: row.ipAccessListEntries },
  };
}

/**
 * Stores the whole of a company's security, replacing what it had (both forms save through here), and
 * in the same batch the audit event of the change.
 */
export async function saveCompanySecurity(
  db: TenancyDatabase,
  companyId: string,
  security: CompanySecurity,
  audit: Pick<SecurityAuditEventRow, 'action' | 'actorUserId' | 'detail'>,
  now: Date,
): Promise<void> {
  const values = {
    lockoutThreshold: security.lockoutThreshold,
    lockoutDurationMinutes: security.lockoutDurationMinutes,
    sessionIdleTimeoutMinutes: security.sessionIdleTimeoutMinutes,
    sessionLifetimeMinutes: security.sessionLifetimeMinutes,
    ipAccessListEnabled: security.ipAccessList.enabled,
    ipAccessListMode: security.ipAccessList.mode,
    ipAccessListEntries: security.ipAccessList.entries,
    updatedAt: now,
  };
  await db.batch([
    db.insert(securitySettings).values({ companyId, ...values }).onConflictDoUpdate({ target: securitySettings.companyId, set: values }),
    db.insert(securityAuditEvents).values({ id: randomUUID(), companyId, ...audit, occurredAt: now }),
  ]);
}

export function listSecurityAuditEvents(db: TenancyDatabase, companyId: string, limit: number): Promise<SecurityAuditEventRow[]> {
  return db
    .select()
    .from(securityAuditEvents)
    .where(eq(securityAuditEvents.companyId, companyId))
    .orderBy(desc(securityAuditEvents.occurredAt), desc(securityAuditEvents.id))
    .limit(limit);
}

/** Records one refused (or monitored) request, and forgets the company's events past the retention. */
export async function recordIpAccessEvent(
  db: TenancyDatabase,
  event: Omit<IpAccessEventRow, 'id'>,
): Promise<void> {
  await db.batch([
    db.insert(ipAccessEvents).values({ id: randomUUID(), ...event }),
    db
      .delete(ipAccessEvents)
      .where(
        and(
          eq(ipAccessEvents.companyId, event.companyId),
          lt(ipAccessEvents.occurredAt, new Date(event.occurredAt.getTime() - IP_ACCESS_EVENT_RETENTION_MS)),
        ),
      ),
  ]);
}

export function listIpAccessEvents(db: TenancyDatabase, companyId: string, limit: number): Promise<IpAccessEventRow[]> {
  return db
    .select()
    .from(ipAccessEvents)
    .where(eq(ipAccessEvents.companyId, companyId))
    .orderBy(desc(ipAccessEvents.occurredAt))
    .limit(limit);
}
