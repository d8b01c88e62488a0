import type { AccountSession } from './accountSessionsApi.ts';
import { deviceName } from './deviceName.ts';

/**
 * The order and names of a user's sessions as My account → Sessions lists them: this device first,
 * then the most recently active, each named by its device and, when known, its address, so two
 * sessions of the same browser can still be told apart.
 */
export function listedSessions(sessions: readonly AccountSession[]): AccountSession[] {
  return [...sessions].sort(
    (a, b) => Number(b.current) - Number(a.current) || Date.parse(b.lastActiveAt) - Date.parse(a.lastActiveAt),
  );
}

export function sessionName(session: AccountSession): string {
  const device = deviceName(session.userAgent);
  return session.clientAddress ? `${device} (${session.clientAddress})` : device;
}
