import { describe, expect, it } from 'vitest';
import { isSessionOver, sessionEndsAt, shouldRecordActivity } from './sessionLifetime.ts';

const MINUTE = 60_000;
const times = { signedInAt: 0, lastActiveAt: 0, idleTimeoutMs: 30 * MINUTE, absoluteLifetimeMs: 12 * 60 * MINUTE };

describe('session lifetime', () => {
  it('ends after the idle timeout without activity', () => {
    expect(isSessionOver(times, 30 * MINUTE - 1)).toBe(false);
    expect(isSessionOver(times, 30 * MINUTE)).toBe(true);
  });

  it('ends at the absolute lifetime however active it was', () => {
    const busy = { ...times, lastActiveAt: 12 * 60 * MINUTE - MINUTE };
    expect(sessionEndsAt(busy)).toBe(12 * 60 * MINUTE);
    expect(isSessionOver(busy, 12 * 60 * MINUTE - 1)).toBe(false);
    expect(isSessionOver(busy, 12 * 60 * MINUTE)).toBe(true);
  });

  it('records activity at most once a minute', () => {
    expect(shouldRecordActivity(times, MINUTE - 1)).toBe(false);
    expect(shouldRecordActivity(times, MINUTE)).toBe(true);
  });
});
