/**
 * What a grant remembers of its user between tokens: their claims and reach as identity and tenancy
 * answered them, the company's access version read just before asking, and when. A refresh may trust
 * the snapshot instead of asking again while the company's access version is still the one it was taken
 * at: every change of a group's name, state, members or instances moves that version on (tenancy's
 * notice, edgeNotices.ts), and a user deleted, demoted or reset loses their sessions and so their grants.
 */
export interface UserSnapshot<Claims> {
  claims: Claims;
  accessVersion: number;
  takenAt: number;
}

/**
 * However current the version says it is, a snapshot is asked again after this long: the backstop for a
 * notice lost on the way (an edge that stopped between the change and acting on its notice).
 */
export const USER_SNAPSHOT_MAX_AGE_MS = 30 * 60 * 1000;

export function isSnapshotCurrent(snapshot: UserSnapshot<unknown> | undefined, accessVersion: number, now: number): boolean {
  if (!snapshot) return false;
  const age = now - snapshot.takenAt;
  return snapshot.accessVersion === accessVersion && age >= 0 && age < USER_SNAPSHOT_MAX_AGE_MS;
}
