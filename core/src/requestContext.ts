import { DomainError } from './domainError.ts';
import type { EdgeNotices } from './edgeNotices.ts';
import type { Principal } from './internalToken.ts';
import { isMaster } from './role.ts';

/** What every resolver of the gateway and the subgraphs receives, taken from the verified internal token. */
export interface RequestContext {
  principal: Principal;
  requestId: string;
  /** The verified token itself, which the gateway passes on unchanged to the subgraphs. */
  internalToken: string;
  /** What the edge must act on because of this request (see edgeNotices.ts). */
  notices: EdgeNotices;
  /** The client's address as the edge saw it, when the request came from a client. */
  clientAddress: string | undefined;
}

/** The signed-in user of this request; public operations never call it. */
export function requireSession(context: RequestContext): Extract<Principal, { scope: 'session' }> {
  if (context.principal.scope !== 'session') throw new DomainError('UNAUTHENTICATED');
  return context.principal;
}

/**
 * A signed-in Master (the Root Master among them), by the role the session carries. The session began
 * with the role the user had then, and a demotion ends every session of the user, so it is never more
 * than the user has now. (Identity, which owns roles, reads them afresh instead.)
 */
export function requireMasterSession(context: RequestContext): Extract<Principal, { scope: 'session' }> {
  const session = requireSession(context);
  if (!isMaster(session.role)) throw new DomainError('FORBIDDEN', 'Only Master users of this company can do this.');
  return session;
}

/** Steps only the edge may run (it orchestrates sign-in); a browser's forwarded request never may. */
export function requireEdge(context: RequestContext): void {
  if (context.principal.scope !== 'edge') throw new DomainError('FORBIDDEN');
}

/** Company data is visible only inside the caller's own company, or to the edge itself. */
export function mayReadCompany(context: RequestContext, companyId: string): boolean {
  const { principal } = context;
  return principal.scope === 'edge' || (principal.scope === 'session' && principal.companyId === companyId);
}
