import type { IpAccessListEntry } from '@lanyard/core/ipAccessList';
import type { CompanySecurity } from '@lanyard/core/securitySettings';

/** The GraphQL selection of everything the edge enforces for a company. */
export const COMPANY_SECURITY_SELECTION = `
  lockoutThreshold
  lockoutDurationMinutes
  sessionIdleTimeoutMinutes
  sessionLifetimeMinutes
  ipAccessList { enabled mode entries { range label } }
`;

const isWholeNumber = (value: unknown): value is number => Number.isInteger(value);

/** A company's security as the gateway answered it, or undefined when any part is missing or malformed. */
export function readCompanySecurity(value: unknown): CompanySecurity | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const answer = value as Record<string, unknown>;
  const list = answer.ipAccessList as Record<string, unknown> | null | undefined;
  const { lockoutThreshold, lockoutDurationMinutes, sessionIdleTimeoutMinutes, sessionLifetimeMinutes } = answer;
  if (
    !isWholeNumber(lockoutThreshold) ||
    !isWholeNumber(lockoutDurationMinutes) ||
    !isWholeNumber(sessionIdleTimeoutMinutes) ||
    !isWholeNumber(sessionLifetimeMinutes) ||
    typeof list?.enabled !== 'boolean' ||
    (list.mode !== 'ENFORCE' && list.mode !== 'MONITOR') ||
    !Array.isArray(list.entries)
  ) {
    return undefined;
  }
  const entries: IpAccessListEntry[] = [];
  for (const entry of list.entries as unknown[]) {
    const { range, label } = (entry ?? {}) as Record<string, unknown>;
    if (typeof range !== 'string' || typeof label !== 'string') return undefined;
    entries.push({ range, label });
  }
  return {
    lockoutThreshold,
    lockoutDurationMinutes,
    sessionIdleTimeoutMinutes,
    sessionLifetimeMinutes,
    ipAccessList: { enabled: list.enabled, mode: list.mode, entries },
  };
}
