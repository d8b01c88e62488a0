/**
 * When a signed-in session ends by itself: after a stretch without activity (idle timeout) or at a fixed
 * time after sign-in (absolute lifetime), whichever comes first; each company chooses both (security
 * settings). Pure rules: the session's Durable Object applies the values of sign-in, the edge the
 * company's current values, at every request.
 */

export interface SessionTimes {
  signedInAt: number;
  /** The last request the session served, as recorded (see ACTIVITY_RECORDING_INTERVAL_MS). */
  lastActiveAt: number;
  idleTimeoutMs: number;
  absoluteLifetimeMs: number;
}

/**
 * Activity is written at most this often: a storage write per request would make every request wait
 * for it. The idle timeout is therefore exact to within this interval, on the generous side.
 */
export const ACTIVITY_RECORDING_INTERVAL_MS = 60 * 1000;

/** The moment the session ends unless it is used again before. */
export function sessionEndsAt(times: SessionTimes): number {
  return Math.min(times.lastActiveAt + times.idleTimeoutMs, times.signedInAt + times.absoluteLifetimeMs);
}

export function isSessionOver(times: SessionTimes, now: number): boolean {
  return now >= sessionEndsAt(times);
}

export function shouldRecordActivity(times: SessionTimes, now: number): boolean {
  return now - times.lastActiveAt >= ACTIVITY_RECORDING_INTERVAL_MS;
}
