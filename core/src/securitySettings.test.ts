import { describe, expect, it } from 'vitest';
import { DEFAULT_SECURITY_SETTINGS, validateSecuritySettings } from './securitySettings.ts';

describe('security settings', () => {
  it('accepts the defaults and the ends of every range', () => {
    expect(validateSecuritySettings(DEFAULT_SECURITY_SETTINGS)).toEqual([]);
    expect(validateSecuritySettings({ lockoutThreshold: 3, lockoutDurationMinutes: 1, sessionIdleTimeoutMinutes: 5, sessionLifetimeMinutes: 60 })).toEqual([]);
    expect(
      validateSecuritySettings({ lockoutThreshold: 20, lockoutDurationMinutes: 1439, sessionIdleTimeoutMinutes: 1440, sessionLifetimeMinutes: 43200 }),
    ).toEqual([]);
  });

  it('names each setting out of range, and an idle timeout longer than the lifetime', () => {
    const problems = validateSecuritySettings({ lockoutThreshold: 2, lockoutDurationMinutes: 1440, sessionIdleTimeoutMinutes: 30.5, sessionLifetimeMinutes: 720 });
    expect(problems.map((problem) => problem.path[0])).toEqual(['lockoutThreshold', 'lockoutDurationMinutes', 'sessionIdleTimeoutMinutes']);
    expect(validateSecuritySettings({ ...DEFAULT_SECURITY_SETTINGS, sessionIdleTimeoutMinutes: 120, sessionLifetimeMinutes: 60 })).toEqual([
      { path: ['sessionIdleTimeoutMinutes'], message: 'The idle timeout cannot be longer than the session lifetime.' },
    ]);
  });
});
