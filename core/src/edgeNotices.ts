/**
 * What a subgraph tells the edge about a request it has just served, for the edge to act on before it
 * answers the client:
 * - `endSessionsOf`: users whose sessions must end now (their password or second factor was reset, they
 *   were demoted or deleted);
 * - `settingsChangedOf`: companies whose security settings changed, so the edge drops what it cached;
 * - `clientsChangedOf`: OIDC client ids whose client or instance changed (Unified Login turned off, a
 *   secret rotated, a redirect URI removed), so the edge drops its copy at once;
 * - `accessChangedOf`: companies whose access groups changed (renamed, switched on or off, deleted, their
 *   members or instances changed), so the edge stops trusting the users' groups and reach its module
 *   grants keep, and asks again at their next refresh.
 *
 * Resolvers add ids to their request context; the service answers them in response headers; the gateway
 * gathers the headers of the subgraphs it asked and answers them in its own; the edge acts on them and
 * never passes them on. A notice can only end sessions or drop a cache, never start or widen anything.
 */
export const EDGE_NOTICE_HEADERS = {
  endSessionsOf: 'lanyard-end-sessions-of',
  settingsChangedOf: 'lanyard-settings-changed-of',
  clientsChangedOf: 'lanyard-clients-changed-of',
  accessChangedOf: 'lanyard-access-changed-of',
} as const;

export type EdgeNoticeKind = keyof typeof EDGE_NOTICE_HEADERS;
export type EdgeNotices = Record<EdgeNoticeKind, Set<string>>;

const KINDS = Object.keys(EDGE_NOTICE_HEADERS) as EdgeNoticeKind[];

export function emptyEdgeNotices(): EdgeNotices {
  return { endSessionsOf: new Set(), settingsChangedOf: new Set(), clientsChangedOf: new Set(), accessChangedOf: new Set() };
}

/** The headers to answer for the notices that have ids. */
export function edgeNoticeHeaders(notices: EdgeNotices): [string, string][] {
  return KINDS.filter((kind) => notices[kind].size > 0).map((kind) => [EDGE_NOTICE_HEADERS[kind], [...notices[kind]].join(',')]);
}

/** Adds the ids of every notice header in a response to `into`. */
export function readEdgeNotices(headers: { get(name: string): string | null | undefined }, into: EdgeNotices): EdgeNotices {
  for (const kind of KINDS) {
    for (const id of (headers.get(EDGE_NOTICE_HEADERS[kind]) ?? '').split(',')) {
      if (id.trim() !== '') into[kind].add(id.trim());
    }
  }
  return into;
}
