import { SECURITY_SETTING_RANGES, validateSecuritySettings, type SecuritySettings } from '@lanyard/core/securitySettings';
import { durationInWords } from './durationInWords.ts';

/**
 * What is wrong with lockout and session settings as typed, one sentence per field. The rules are
 * core's own (the server runs the same ones); only the sentence for a duration out of range is told
 * in hours and minutes, as the form asks for them, rather than as a count of minutes.
 */
export type SecuritySettingField = keyof SecuritySettings;

const DURATION_NAMES: Partial<Record<SecuritySettingField, string>> = {
  lockoutDurationMinutes: 'The lockout duration',
  sessionIdleTimeoutMinutes: 'The idle timeout',
  sessionLifetimeMinutes: 'The session lifetime',
};

export function securitySettingProblems(settings: SecuritySettings): Partial<Record<SecuritySettingField, string>> {
  const byField: Partial<Record<SecuritySettingField, string>> = {};
  for (const problem of validateSecuritySettings(settings)) {
    const field = problem.path[0];
    if (!isSecuritySettingField(field) || byField[field]) continue;
    byField[field] = durationRangeSentence(field, settings[field]) ?? problem.message;
  }
  return byField;
}

export function isSecuritySettingField(field: string | undefined): field is SecuritySettingField {
  return field !== undefined && Object.hasOwn(SECURITY_SETTING_RANGES, field);
}

/** The allowed range of a duration, e.g. "1 minute to 23 hours 59 minutes". */
export function durationRangeInWords(field: SecuritySettingField): string {
  const { min, max } = SECURITY_SETTING_RANGES[field];
  return `${durationInWords(min)} to ${durationInWords(max)}`;
}

function durationRangeSentence(field: SecuritySettingField, value: number): string | null {
  const name = DURATION_NAMES[field];
  if (!name) return null;
  const { min, max } = SECURITY_SETTING_RANGES[field];
  // In range but still refused (the idle timeout longer than the lifetime): core's sentence says why.
  if (Number.isInteger(value) && value >= min && value <= max) return null;
  return `${name} must be from ${durationRangeInWords(field)}.`;
}

/**
 * Minutes from an hours field and a minutes field, either of which may be left empty (read as 0).
 * Both empty, or anything but whole non-negative numbers, is NaN, which the rules above refuse.
 */
export function minutesFrom(hours: number | null | undefined, minutes: number | null | undefined): number {
  const isEmpty = (value: number | null | undefined) => value === null || value === undefined;
  if (isEmpty(hours) && isEmpty(minutes)) return Number.NaN;
  const wholeHours = hours ?? 0;
  const wholeMinutes = minutes ?? 0;
  if (![wholeHours, wholeMinutes].every((part) => Number.isInteger(part) && part >= 0)) return Number.NaN;
  return wholeHours * 60 + wholeMinutes;
}
