import { describe, expect, test } from 'vitest';
import type { AccountSession } from './accountSessionsApi.ts';
import { listedSessions, sessionName } from './sessionListing.ts';

const chromeOnWindows = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';

function session(id: string, lastActiveAt: string, current = false): AccountSession {
  return { id, current, signedInAt: '2026-05-12T08:00:00Z', lastActiveAt, clientAddress: null, userAgent: chromeOnWindows };
}

describe("a user's sessions as the page lists them", () => {
  test('this device first, then the most recently active', () => {
    const ordered = listedSessions([
      session('older', '2026-05-12T09:00:00Z'),
      session('mine', '2026-05-12T08:30:00Z', true),
      session('newer', '2026-05-12T10:00:00Z'),
    ]);
    expect(ordered.map((entry) => entry.id)).toEqual(['mine', 'newer', 'older']);
  });

  test('a session is named by its device, and its address when known', () => {
    expect(sessionName(session('a', '2026-05-12T09:00:00Z'))).toBe('Chrome on Windows');
    expect(sessionName({ ...session('a', '2026-05-12T09:00:00Z'), clientAddress: '203.0.113.7' })).toBe(
      'Chrome on Windows (203.0.113.7)',
    );
  });
});
