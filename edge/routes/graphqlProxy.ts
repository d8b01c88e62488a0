import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Principal } from '@lanyard/core/internalToken';
import { activeSession } from '../activeSession.ts';
import type { EdgeBindings } from '../env.ts';
import { postGraphQLToGateway } from '../gatewayClient.ts';
import { clientAddressOf } from '../ipAccessEnforcement.ts';
import { readJsonBody } from '../jsonBody.ts';
import { SESSION_COOKIE_NAME, clearedSessionSetCookie } from '../sessionCookie.ts';

/**
 * `POST /graphql`: the browser's only way into the graph. The edge checks the body, turns the session
 * (its Durable Object, named by the cookie) into an internal token (anonymous without one) and forwards
 * the body unchanged. The browser's own Authorization header is never forwarded: the gateway trusts only
 * the token the edge signs.
 */
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
    clientAddress: clientAddressOf(c),
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
