import type { AuditAction, SecurityAuditAction } from '../generated/graphql.ts';

/** One line of the audit log page, whichever part of Lanyard recorded it. */
export interface AuditLogEntry {
  id: string;
  action: AuditAction | SecurityAuditAction;
  /** Null when the Master who did it has since been deleted and the record keeps no name. */
  actorUsername: string | null;
  targetUsername: string | null;
  detail: string | null;
  occurredAt: string;
}

interface SecurityAuditEvent {
  id: string;
  action: SecurityAuditAction;
  actor?: { username: string } | null;
  detail: string;
  occurredAt: string;
}

/**
 * The two logs as one, newest first, at most `limit` lines: identity records what Masters did to users
 * and the password policy, tenancy what they changed in the security settings.
 */
export function mergeAuditLogs(
  userEvents: readonly AuditLogEntry[],
  securityEvents: readonly SecurityAuditEvent[],
  limit: number,
): AuditLogEntry[] {
  const security: AuditLogEntry[] = securityEvents.map((event) => ({
    id: `security-${event.id}`,
    action: event.action,
    actorUsername: event.actor?.username ?? null,
    targetUsername: null,
    detail: event.detail,
    occurredAt: event.occurredAt,
  }));
  return [...userEvents, ...security]
    .sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt))
    .slice(0, limit);
}
