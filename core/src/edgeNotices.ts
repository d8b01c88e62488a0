/**
 * How a subgraph tells the edge that a user's sessions must end now (their password or second factor
 * was reset, they were demoted or deleted). Resolvers add the user's id to their request context; the
 * service answers it in this response header; the gateway gathers the headers of the subgraphs it asked
 * and answers them in its own; the edge ends those users' sessions before it answers the client, and never
 * passes the header on. The header can only ever end sessions, never start or widen one.
 */
export const END_SESSIONS_HEADER = 'lanyard-end-sessions-of';

export function formatEndSessionsHeader(userIds: Iterable<string>): string {
  return [...userIds].join(',');
}

/** The user ids in a header value; empty for a missing or empty one. */
export function parseEndSessionsHeader(value: string | null | undefined): string[] {
  if (!value) return [];
  return value
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
}
