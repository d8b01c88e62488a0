import type { FieldProblem } from './domainError.ts';
import { DISABLED_IP_ACCESS_LIST, type IpAccessList } from './ipAccessList.ts';

/**
 * A company's security settings that a Master chooses (Admin Settings → Security), with their ranges
 * and defaults. Pure and shared: tenancy validates and stores them, the edge applies them, the console's
 * form shows the same ranges.
 */
export interface SecuritySettings {
  /** Wrong passwords or codes in a row before the account is locked. */
  lockoutThreshold: number;
  lockoutDurationMinutes: number;
  /** A session without a request for this long ends. */
  sessionIdleTimeoutMinutes: number;
  /** A session ends this long after sign-in, however active. */
  sessionLifetimeMinutes: number;
}

export const SECURITY_SETTING_RANGES: Record<keyof SecuritySettings, { min: number; max: number }> = {
  lockoutThreshold: { min: 3, max: 20 },
  // 1 minute to 23 hours 59 minutes.
  lockoutDurationMinutes: { min: 1, max: 23 * 60 + 59 },
  sessionIdleTimeoutMinutes: { min: 5, max: 24 * 60 },
  sessionLifetimeMinutes: { min: 60, max: 30 * 24 * 60 },
};

export const DEFAULT_SECURITY_SETTINGS: SecuritySettings = {
  lockoutThreshold: 5,
  lockoutDurationMinutes: 15,
  sessionIdleTimeoutMinutes: 30,
  sessionLifetimeMinutes: 12 * 60,
};

const NAMES: Record<keyof SecuritySettings, string> = {
  lockoutThreshold: 'The number of failed attempts',
  lockoutDurationMinutes: 'The lockout duration',
  sessionIdleTimeoutMinutes: 'The idle timeout',
  sessionLifetimeMinutes: 'The session lifetime',
};

/** Every setting outside its range, by field name; the protocol layer prefixes its own input path. */
export function validateSecuritySettings(settings: SecuritySettings): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const key of Object.keys(SECURITY_SETTING_RANGES) as (keyof SecuritySettings)[]) {
    const { min, max } = SECURITY_SETTING_RANGES[key];
    const value = settings[key];
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push({ path: [key], message: `${NAMES[key]} must be a whole number from ${min} to ${max}.` });
    }
  }
  if (problems.length === 0 && settings.sessionIdleTimeoutMinutes > settings.sessionLifetimeMinutes) {
    problems.push({ path: ['sessionIdleTimeoutMinutes'], message: 'The idle timeout cannot be longer than the session lifetime.' });
  }
  return problems;
}

/** Everything the edge enforces for a company: the settings and its IP access list. */
export interface CompanySecurity extends SecuritySettings {
  ipAccessList: IpAccessList;
}

export const DEFAULT_COMPANY_SECURITY: CompanySecurity = { ...DEFAULT_SECURITY_SETTINGS, ipAccessList: DISABLED_IP_ACCESS_LIST };
