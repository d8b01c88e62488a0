import { randomUUID } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import type { AuditAction } from '../domain/auditAction.ts';
import { auditEvents, type AuditEventRow, type UserRow } from './schema.ts';
import type { IdentityDatabase, IdentityTransaction } from './userStore.ts';

/** One admin action to record: who did it, to whom (none for company settings), and what changed. */
export interface AuditEntry {
  action: AuditAction;
  actor: Pick<UserRow, 'id' | 'username' | 'companyId'>;
  target?: Pick<UserRow, 'id' | 'username'> | undefined;
  detail?: string | undefined;
  at: Date;
}

/**
 * The INSERT of an audit event, not yet run: every admin action runs it in the same batch or transaction
 * as its change, so no change happens without its record and no record without its change.
 */
export function auditEventInsert(db: IdentityDatabase | IdentityTransaction, entry: AuditEntry) {
  return db.insert(auditEvents).values({
    id: randomUUID(),
    companyId: entry.actor.companyId,
    action: entry.action,
    actorUserId: entry.actor.id,
    actorUsername: entry.actor.username,
    targetUserId: entry.target?.id ?? null,
    targetUsername: entry.target?.username ?? null,
    detail: entry.detail ?? null,
    occurredAt: entry.at,
  });
}

/** The company's latest audit events, newest first. */
export function listAuditEvents(db: IdentityDatabase, companyId: string, limit: number): Promise<AuditEventRow[]> {
  return db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.companyId, companyId))
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(limit);
}
