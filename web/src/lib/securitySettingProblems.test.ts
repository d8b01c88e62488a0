import { DEFAULT_SECURITY_SETTINGS } from '@lanyard/core/securitySettings';
import { describe, expect, test } from 'vitest';
import { minutesFrom, securitySettingProblems } from './securitySettingProblems.ts';

describe('problems of lockout and session settings', () => {
  test('the defaults are fine', () => {
    expect(securitySettingProblems(DEFAULT_SECURITY_SETTINGS)).toEqual({});
  });

  test("a threshold out of range gets core's sentence", () => {
    expect(securitySettingProblems({ ...DEFAULT_SECURITY_SETTINGS, lockoutThreshold: 2 })).toEqual({
      lockoutThreshold: 'The number of failed attempts must be a whole number from 3 to 20.',
    });
  });

  test('a duration out of range is told in hours and minutes', () => {
    expect(securitySettingProblems({ ...DEFAULT_SECURITY_SETTINGS, lockoutDurationMinutes: 24 * 60 })).toEqual({
      lockoutDurationMinutes: 'The lockout duration must be from 1 minute to 23 hours 59 minutes.',
    });
    expect(securitySettingProblems({ ...DEFAULT_SECURITY_SETTINGS, sessionLifetimeMinutes: Number.NaN })).toEqual({
      sessionLifetimeMinutes: 'The session lifetime must be from 1 hour to 30 days.',
    });
  });

  test('an idle timeout longer than the lifetime says so', () => {
    expect(
      securitySettingProblems({ ...DEFAULT_SECURITY_SETTINGS, sessionIdleTimeoutMinutes: 120, sessionLifetimeMinutes: 60 }),
    ).toEqual({ sessionIdleTimeoutMinutes: 'The idle timeout cannot be longer than the session lifetime.' });
  });
});

describe('minutes from an hours and a minutes field', () => {
  test('an empty field counts as 0, both empty as nothing', () => {
    expect(minutesFrom(1, 30)).toBe(90);
    expect(minutesFrom(null, 15)).toBe(15);
    expect(minutesFrom(2, null)).toBe(120);
    expect(minutesFrom(null, null)).toBeNaN();
  });

  test('negative or fractional parts are nothing', () => {
    expect(minutesFrom(-1, 0)).toBeNaN();
    expect(minutesFrom(1.5, 0)).toBeNaN();
  });
});
