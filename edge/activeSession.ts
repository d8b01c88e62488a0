import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { DomainError } from '@lanyard/core/domainError';
import { isMaster } from '@lanyard/core/role';
import { isSessionOver } from './domain/sessionLifetime.ts';
import type { EdgeBindings } from './env.ts';
import { enforceIpAccess } from './ipAccessEnforcement.ts';
import { SESSION_COOKIE_NAME } from './sessionCookie.ts';
import type { ResumedSession } from './sessions/sessionStore.ts';

const MINUTE = 60_000;

/**
 * The session of the cookie if it is still on by the company's current settings (an admin may have
 * shortened the timeouts since it began), and if the company's IP access list admits this request
 * (IP_NOT_ALLOWED otherwise: a list changed under a session applies to its very next request).
 */
export async function activeSession(
  c: Context<EdgeBindings>,
  cookie: string | undefined,
  options: { withUserSnapshot?: boolean } = {},
): Promise<ResumedSession | undefined> {
  const { sessions, companySecurity } = c.var.config;
  const session = await sessions.resume(cookie, options);
  if (!session) return undefined;
  const { security, accessList } = await companySecurity.get(session.companyId, c.var.requestId);
  const times = {
    signedInAt: session.signedInAt,
    lastActiveAt: session.lastActiveAt,
    idleTimeoutMs: security.sessionIdleTimeoutMinutes * MINUTE,
    absoluteLifetimeMs: security.sessionLifetimeMinutes * MINUTE,
  };
  if (isSessionOver(times, Date.now())) {
    await sessions.end(cookie);
    return undefined;
  }
  enforceIpAccess(c, { companyId: session.companyId, accessList, stage: 'SESSION', subject: session.userId });
  return session;
}

/** The active session of this request, or UNAUTHENTICATED: for the edge's own routes of signed-in users. */
export async function requireActiveSession(c: Context<EdgeBindings>): Promise<ResumedSession & { cookie: string }> {
  const cookie = getCookie(c, SESSION_COOKIE_NAME);
  const session = await activeSession(c, cookie);
  if (!session || cookie === undefined) throw new DomainError('UNAUTHENTICATED');
  return { ...session, cookie };
}

/** The active session of a Master (by the role the session carries), or UNAUTHENTICATED / FORBIDDEN. */
export async function requireMasterSession(c: Context<EdgeBindings>): Promise<ResumedSession & { cookie: string }> {
  const session = await requireActiveSession(c);
  if (!isMaster(session.role)) throw new DomainError('FORBIDDEN', 'Only Master users of this company can do this.');
  return session;
}
