import { getFromEdge, isRecord, postToEdge, type EdgeResult } from './sessionApi.ts';

/**
 * Who is locked out after too many wrong attempts, and unlocking them: the edge's endpoints for
 * Masters (the counters live in the edge's Durable Objects, not in a subgraph, so this is REST rather
 * than GraphQL). The edge lists accounts of the signed-in Master's company only.
 */
export interface Lockout {
  /** Normalized as the lockout counts it: lower-case, whatever spelling the user has. */
  username: string;
  /** ISO 8601: when the lock ends by itself. */
  lockedUntil: string;
}

export async function fetchLockouts(): Promise<EdgeResult<Lockout[]>> {
  return getFromEdge('/admin/lockouts', (body) => {
    if (!isRecord(body) || !Array.isArray(body.lockouts)) return undefined;
    const lockouts = body.lockouts.filter(
      (entry: unknown): entry is Lockout =>
        isRecord(entry) && typeof entry.username === 'string' && typeof entry.lockedUntil === 'string',
    );
    return lockouts.map(({ username, lockedUntil }) => ({ username, lockedUntil }));
  });
}

/** Ends a user's lock at once (and their count of wrong attempts with it). */
export async function unlockUser(username: string): Promise<EdgeResult<null>> {
  return postToEdge('/admin/lockouts/unlock', { username }, () => null);
}
