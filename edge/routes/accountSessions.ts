import { Hono } from 'hono';
import { DomainError } from '@lanyard/core/domainError';
import { requireActiveSession } from '../activeSession.ts';
import type { EdgeBindings } from '../env.ts';
import { readJsonBody } from '../jsonBody.ts';
import { clearedSessionSetCookie } from '../sessionCookie.ts';

/**
 * My account → Sessions: the signed-in user's own sessions, and signing any of them out. A session is
 * named by its handle (the name of its object, a hash of its cookie), which cannot be used as a cookie.
 * (The console's page of the same name is /account/sessions; these are its data.)
 */
export const accountSessionsRoutes = new Hono<EdgeBindings>()
  .get('/auth/sessions', async (c) => {
    const current = await requireActiveSession(c);
    const { sessions } = c.var.config;
    const listed = await sessions.listOf(current.userId);
    return c.json({
      sessions: listed.map(({ handle, session }) => ({
        id: handle,
        current: handle === current.handle,
        signedInAt: new Date(session.signedInAt).toISOString(),
        lastActiveAt: new Date(session.lastActiveAt).toISOString(),
        clientAddress: session.clientAddress,
        userAgent: session.userAgent,
      })),
    });
  })
  .post('/auth/sessions/revoke', async (c) => {
    const { value } = await readJsonBody(c.req.raw);
    const current = await requireActiveSession(c);
    const id = (value as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') {
      throw new DomainError('VALIDATION_FAILED', undefined, { fields: [{ path: ['id'], message: 'Say which session to sign out.' }] });
    }
    const { sessions } = c.var.config;
    if (!(await sessions.endOwn(current.userId, id))) {
      throw new DomainError('NOT_FOUND', 'You have no session by that id; it may have ended already.');
    }
    if (id === current.handle) c.header('set-cookie', clearedSessionSetCookie());
    return c.body(null, 204);
  });
