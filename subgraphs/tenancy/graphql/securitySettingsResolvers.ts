import { DomainError, type FieldProblem } from '@lanyard/core/domainError';
import { compileIpAccessList, decideIpAccess, validateIpAccessList, type IpAccessList } from '@lanyard/core/ipAccessList';
import { requireEdge, requireMasterSession } from '@lanyard/core/requestContext';
import { validateSecuritySettings, type SecuritySettings } from '@lanyard/core/securitySettings';
import {
  companySecurity,
  listIpAccessEvents,
  recordIpAccessEvent,
  saveCompanySecurity,
} from '../db/securitySettingsStore.ts';
import type { TenancyDatabase } from '../db/tenancyStore.ts';
import type { MutationResolvers, QueryResolvers } from './generated.ts';

export const IP_ACCESS_EVENTS_LIMIT = { min: 1, max: 200 } as const;

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
 * Every change names the company in the edge notices, so the edge drops its cached copy at once.
 */
export function securitySettingsResolvers(
  db: TenancyDatabase,
  now: () => Date = () => new Date(),
): { Query: QueryResolvers; Mutation: MutationResolvers } {
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
        const count = limit ?? 50;
        if (!Number.isInteger(count) || count < IP_ACCESS_EVENTS_LIMIT.min || count > IP_ACCESS_EVENTS_LIMIT.max) {
          refuseProblems([{ path: ['limit'], message: `The limit is ${IP_ACCESS_EVENTS_LIMIT.min} to ${IP_ACCESS_EVENTS_LIMIT.max}.` }]);
        }
        return listIpAccessEvents(db, master.companyId, count);
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
        await saveCompanySecurity(db, master.companyId, saved, now());
        context.notices.settingsChangedOf.add(master.companyId);
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
        await saveCompanySecurity(db, master.companyId, saved, now());
        context.notices.settingsChangedOf.add(master.companyId);
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
