import type { CompanySecurity } from '@lanyard/core/securitySettings';

/** What changed between two versions of a company's security, in words, for the audit log; '' if nothing. */
export function describeSecurityChange(before: CompanySecurity, after: CompanySecurity): string {
  const changes: string[] = [];
  const compare = (name: string, from: number, to: number, unit: string) => {
    if (from !== to) changes.push(`${name} ${from} → ${to}${unit}`);
  };
  compare('failed attempts before lockout', before.lockoutThreshold, after.lockoutThreshold, '');
  compare('lockout duration', before.lockoutDurationMinutes, after.lockoutDurationMinutes, ' min');
  compare('idle timeout', before.sessionIdleTimeoutMinutes, after.sessionIdleTimeoutMinutes, ' min');
  compare('session lifetime', before.sessionLifetimeMinutes, after.sessionLifetimeMinutes, ' min');

  const list = (security: CompanySecurity) => {
    const { enabled, mode, entries } = security.ipAccessList;
    if (!enabled) return 'off';
    return `${mode === 'MONITOR' ? 'monitor' : 'enforced'}: ${entries.map((entry) => entry.range).join(', ')}`;
  };
  if (list(before) !== list(after)) changes.push(`IP access list ${list(before)} → ${list(after)}`);
  return changes.join('; ');
}
