import { Hono, type Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Principal } from '@lanyard/core/internalToken';
import type { EdgeBindings } from '../env.ts';
import { postGraphQLToGateway } from '../gatewayClient.ts';
import { isSessionOver } from '../domain/sessionLifetime.ts';
import { enforceIpAccess } from '../ipAccessEnforcement.ts';
import { readJsonBody } from '../jsonBody.ts';
import type { ResumedSession } from '../sessions/sessionStore.ts';
import { SESSION_COOKIE_NAME, clearedSessionSetCookie } from '../sessionCookie.ts';

/**
 * `POST /graphql`: the browser's only way into the graph. The edge checks the body, turns the session
 * (its Durable Object, named by the cookie) into an internal token (anonymous without one) and forwards the body unchanged. The browser's own
 * Authorization header is never forwarded: the gateway trusts only the token the edge signs.
 */
const MINUTE = 60_000;

export const graphqlProxyRoutes = new Hono<EdgeBindings>().post('/graphql', async (c) => {
  const { text } = await readJsonBody(c.req.raw);
  const cookie = getCookie(c, SESSION_COOKIE_NAME);
  const session = await activeSession(c, cookie);
  const principal: Principal = session
    ? { scope: 'session', userId: session.userId, companyId: session.companyId, companyName: session.companyName, role: session.role }
    : { scope: 'anonymous' };

  const upstream = await postGraphQLToGateway(c.var.config, {
    body: text,
    principal,
    requestId: c.var.requestId,
    clientAddress: c.req.header('cf-connecting-ip'),
  });

  // Status and body as the gateway gave them (GraphQL errors already carry public codes); of its headers
  // only the content type, so nothing about the inside (server, cookies, timing) leaks out.
  const headers = new Headers({ 'cache-control': 'no-store' });
  // A cookie of a session that has ended is of no more use to the browser.
  if (cookie !== undefined && !session) headers.append('set-cookie', clearedSessionSetCookie());
  const contentType = upstream.headers.get('content-type');
  if (contentType) headers.set('content-type', contentType);
  return new Response(upstream.body, { status: upstream.status, headers });
});

/**
 * The session of the cookie if it is still on by the company's current settings (an admin may have
 * shortened the timeouts since it began), and if the company's IP access list admits this request
 * (IP_NOT_ALLOWED otherwise: a list changed under a session applies to its very next request).
 */
async function activeSession(c: Context<EdgeBindings>, cookie: string | undefined): Promise<ResumedSession | undefined> {
  const { sessions, companySecurity } = c.var.config;
  const session = await sessions.resume(cookie);
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
