import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPANY_SECURITY } from '@lanyard/core/securitySettings';
import { describeSecurityChange } from './securityChange.ts';

describe('security change in words', () => {
  it('names each setting that changed, from and to', () => {
    expect(describeSecurityChange(DEFAULT_COMPANY_SECURITY, { ...DEFAULT_COMPANY_SECURITY, lockoutThreshold: 3, sessionIdleTimeoutMinutes: 15 })).toBe(
      'failed attempts before lockout 5 → 3; idle timeout 30 → 15 min',
    );
  });

  it('says how the IP access list changed', () => {
    const enforced = {
      ...DEFAULT_COMPANY_SECURITY,
      ipAccessList: { enabled: true, mode: 'ENFORCE' as const, entries: [{ range: '192.0.2.0/24', label: 'Office' }] },
    };
    expect(describeSecurityChange(DEFAULT_COMPANY_SECURITY, enforced)).toBe('IP access list off → enforced: 192.0.2.0/24');
    expect(describeSecurityChange(enforced, { ...enforced, ipAccessList: { ...enforced.ipAccessList, mode: 'MONITOR' } })).toBe(
      'IP access list enforced: 192.0.2.0/24 → monitor: 192.0.2.0/24',
    );
    expect(describeSecurityChange(enforced, enforced)).toBe('');
  });
});
