import { describe, expect, it } from 'vitest';
import { USER_SNAPSHOT_MAX_AGE_MS, isSnapshotCurrent } from './userSnapshot.ts';

describe('a grant trusting what it knows of its user', () => {
  const snapshot = { claims: { userId: 'u1' }, accessVersion: 4, takenAt: 1_000_000 };

  it('trusts a snapshot of the current access version', () => {
    expect(isSnapshotCurrent(snapshot, 4, 1_000_000 + 60_000)).toBe(true);
  });

  it('asks again once the company changed its access groups', () => {
    expect(isSnapshotCurrent(snapshot, 5, 1_000_001)).toBe(false);
  });

  it('asks again after the backstop age even without a change', () => {
    expect(isSnapshotCurrent(snapshot, 4, 1_000_000 + USER_SNAPSHOT_MAX_AGE_MS - 1)).toBe(true);
    expect(isSnapshotCurrent(snapshot, 4, 1_000_000 + USER_SNAPSHOT_MAX_AGE_MS)).toBe(false);
  });

  it('never trusts a snapshot from the future (a clock set back) or no snapshot', () => {
    expect(isSnapshotCurrent(snapshot, 4, 999_999)).toBe(false);
    expect(isSnapshotCurrent(undefined, 0, 1_000_000)).toBe(false);
  });
});
