import { getFromEdge, isRecord, postToEdge, type EdgeResult } from './sessionApi.ts';

/**
 * The signed-in user's own sessions, as the edge's session objects hold them, and ending one of them
 * (My account → Sessions). Revoking the current session signs this browser out. The data lives under
 * /auth/ because /account/sessions is the page itself, which the edge answers with the console.
 */
export interface AccountSession {
  id: string;
  /** The session of this browser. */
  current: boolean;
  /** ISO 8601. */
  signedInAt: string;
  /** ISO 8601. */
  lastActiveAt: string;
  clientAddress: string | null;
  userAgent: string | null;
}

export async function fetchAccountSessions(): Promise<EdgeResult<AccountSession[]>> {
  return getFromEdge('/auth/sessions', (body) => {
    if (!isRecord(body) || !Array.isArray(body.sessions)) return undefined;
    const sessions = body.sessions.map(readSession);
    return sessions.every((session) => session !== undefined) ? sessions : undefined;
  });
}

export async function revokeAccountSession(id: string): Promise<EdgeResult<null>> {
  return postToEdge('/auth/sessions/revoke', { id }, () => null);
}

function readSession(entry: unknown): AccountSession | undefined {
  if (
    !isRecord(entry) ||
    typeof entry.id !== 'string' ||
    typeof entry.current !== 'boolean' ||
    typeof entry.signedInAt !== 'string' ||
    typeof entry.lastActiveAt !== 'string'
  ) {
    return undefined;
  }
  return {
    id: entry.id,
    current: entry.current,
    signedInAt: entry.signedInAt,
    lastActiveAt: entry.lastActiveAt,
    clientAddress: typeof entry.clientAddress === 'string' ? entry.clientAddress : null,
    userAgent: typeof entry.userAgent === 'string' ? entry.userAgent : null,
  };
}
