import { describe, expect, it } from 'vitest';
import { mergeAuditLogs, type AuditLogEntry } from './auditLogEntries.ts';

const userEvent = (id: string, occurredAt: string): AuditLogEntry => ({
  id,
  action: 'ROLE_CHANGED',
  actorUsername: 'morgan',
  targetUsername: 'casey',
  detail: 'USER → MASTER',
  occurredAt,
});

describe('audit log entries', () => {
  it('interleaves both logs newest first and keeps the limit', () => {
    const merged = mergeAuditLogs(
      [userEvent('u1', '2026-12-01T10:00:00.000Z'), userEvent('u2', '2026-12-01T08:00:00.000Z')],
      [{ id: 's1', action: 'IP_ACCESS_LIST_CHANGED', actor: { username: 'root' }, detail: 'IP access list off → monitor: 192.0.2.0/24', occurredAt: '2026-12-01T09:00:00.000Z' }],
      2,
    );
    expect(merged.map((entry) => entry.id)).toEqual(['u1', 'security-s1']);
    expect(merged[1]).toMatchObject({ actorUsername: 'root', targetUsername: null, action: 'IP_ACCESS_LIST_CHANGED' });
  });

  it('keeps a change whose Master was deleted, without a name', () => {
    const [entry] = mergeAuditLogs([], [{ id: 's2', action: 'SECURITY_SETTINGS_CHANGED', actor: null, detail: 'x', occurredAt: '2026-12-01T09:00:00.000Z' }], 10);
    expect(entry?.actorUsername).toBeNull();
  });
});
