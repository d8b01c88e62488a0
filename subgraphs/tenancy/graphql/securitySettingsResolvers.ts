import { DomainError, type FieldProblem } from '@lanyard/core/domainError';
import { compileIpAccessList, decideIpAccess, validateIpAccessList, type IpAccessList } from '@lanyard/core/ipAccessList';
import { requireEdge, requireMasterSession } from '@lanyard/core/requestContext';
import { validateSecuritySettings, type CompanySecurity, type SecuritySettings } from '@lanyard/core/securitySettings';
import type { SecurityAuditEventRow } from '../db/schema.ts';
import {
  companySecurity,
  listIpAccessEvents,
  listSecurityAuditEvents,
  recordIpAccessEvent,
  saveCompanySecurity,
} from '../db/securitySettingsStore.ts';
import type { TenancyDatabase } from '../db/tenancyStore.ts';
import { describeSecurityChange } from '../domain/securityChange.ts';
import type { MutationResolvers, QueryResolvers } from './generated.ts';

export const LIST_LIMIT = { min: 1, max: 200 } as const;

/** The `limit` of a list query, checked. */
function listLimit(limit: number | null | undefined): number {
  const count = limit ?? 50;
  if (!Number.isInteger(count) || count < LIST_LIMIT.min || count > LIST_LIMIT.max) {
    refuseProblems([{ path: ['limit'], message: `The limit is ${LIST_LIMIT.min} to ${LIST_LIMIT.max}.` }]);
  }
  return count;
}

function refuseProblems(problems: FieldProblem[]): void {
  if (problems.length > 0) {
    throw new DomainError('VALIDATION_FAILED', undefined, {
      fields: problems.map((problem) => ({ path: ['input', ...problem.path], message: problem.message })),
    });
  }
}

/**
 * Admin Settings → Security: lockout, session timeouts and the IP Address Access List. Masters of the
 * company read and change them; the edge reads what it enforces and records what the list refused.
 * Every change is recorded in the security audit log and names the company in the edge notices, so the
 * edge drops its cached copy at once.
 */
export function securitySettingsResolvers(
  db: TenancyDatabase,
  now: () => Date = () => new Date(),
): { Query: QueryResolvers; Mutation: MutationResolvers } {
  /** Saves a change with its audit event and tells the edge; a save that changes nothing records nothing. */
  async function saveIfChanged(
    master: { userId: string; companyId: string },
    before: CompanySecurity,
    after: CompanySecurity,
    action: SecurityAuditEventRow['action'],
    settingsChangedOf: Set<string>,
  ): Promise<void> {
    const detail = describeSecurityChange(before, after);
    if (detail === '') return;
    await saveCompanySecurity(db, master.companyId, after, { action, actorUserId: master.userId, detail }, now());
    settingsChangedOf.add(master.companyId);
  }

  return {
    Query: {
      async securitySettings(_parent, _args, context) {
        const master = requireMasterSession(context);
        return companySecurity(db, master.companyId);
      },
      async securitySettingsForEdge(_parent, { companyId }, context) {
        requireEdge(context);
        return companySecurity(db, companyId);
      },
      async ipAccessEvents(_parent, { limit }, context) {
        const master = requireMasterSession(context);
        return listIpAccessEvents(db, master.companyId, listLimit(limit));
      },
      async securityAuditLog(_parent, { limit }, context) {
        const master = requireMasterSession(context);
        return listSecurityAuditEvents(db, master.companyId, listLimit(limit));
      },
    },
    Mutation: {
      async updateSecuritySettings(_parent, { input }, context) {
        const master = requireMasterSession(context);
        const wanted: SecuritySettings = {
          lockoutThreshold: input.lockoutThreshold,
          lockoutDurationMinutes: input.lockoutDurationMinutes,
          sessionIdleTimeoutMinutes: input.sessionIdleTimeoutMinutes,
          sessionLifetimeMinutes: input.sessionLifetimeMinutes,
        };
        refuseProblems(validateSecuritySettings(wanted));
        const current = await companySecurity(db, master.companyId);
        const saved = { ...current, ...wanted };
        await saveIfChanged(master, current, saved, 'SECURITY_SETTINGS_CHANGED', context.notices.settingsChangedOf);
        return saved;
      },

      async updateIpAccessList(_parent, { input }, context) {
        const master = requireMasterSession(context);
        const list: IpAccessList = {
          enabled: input.enabled,
          mode: input.mode,
          entries: input.entries.map((entry) => ({ range: entry.range.trim(), label: entry.label.trim() })),
        };
        refuseProblems(validateIpAccessList(list));
        // The self-lockout guard: the admin's own next request would be refused, and with it their
        // chance to undo the change from here.
        if (!input.confirmExcludingMyAddress && decideIpAccess(compileIpAccessList(list), context.clientAddress) === 'REFUSED') {
          const address = context.clientAddress ?? 'unknown';
          throw new DomainError(
            'IP_ACCESS_LIST_EXCLUDES_YOU',
            `This list would refuse your own address (${address}), and you would be signed out. Add your address, or confirm to save anyway.`,
            { details: { clientAddress: address } },
          );
        }
        const current = await companySecurity(db, master.companyId);
        const saved = { ...current, ipAccessList: list };
        await saveIfChanged(master, current, saved, 'IP_ACCESS_LIST_CHANGED', context.notices.settingsChangedOf);
        return saved;
      },

      async recordIpAccessEvent(_parent, { input }, context) {
        requireEdge(context);
        await recordIpAccessEvent(db, {
          companyId: input.companyId,
          clientAddress: input.clientAddress.slice(0, 64),
          outcome: input.outcome,
          stage: input.stage,
          subject: input.subject?.slice(0, 128) ?? null,
          occurredAt: now(),
        });
        return true;
      },
    },
  };
}
