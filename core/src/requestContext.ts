import { DomainError } from './domainError.ts';
import type { Principal } from './internalToken.ts';

/** What every resolver of the gateway and the subgraphs receives, taken from the verified internal token. */
export interface RequestContext {
  principal: Principal;
  requestId: string;
  /** The verified token itself, which the gateway passes on unchanged to the subgraphs. */
  internalToken: string;
  /** Users whose sessions must end because of this request (see sessionEnding.ts). */
  endSessionsOf: Set<string>;
}

/** The signed-in user of this request; public operations never call it. */
export function requireSession(context: RequestContext): Extract<Principal, { scope: 'session' }> {
  if (context.principal.scope !== 'session') throw new DomainError('UNAUTHENTICATED');
  return context.principal;
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
