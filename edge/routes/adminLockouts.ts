import { Hono } from 'hono';
import { DomainError } from '@lanyard/core/domainError';
import { requireMasterSession } from '../activeSession.ts';
import type { EdgeBindings } from '../env.ts';
import { readJsonBody } from '../jsonBody.ts';

/**
 * The users list's lock badges and its Unlock action: which accounts of the Master's company are locked
 * out now, and unlocking one at once. The locks live in the edge's counters, so these are the edge's
 * own routes, for Masters by the role their session carries.
 */
export const adminLockoutsRoutes = new Hono<EdgeBindings>()
  .get('/admin/lockouts', async (c) => {
    const master = await requireMasterSession(c);
    const locked = await c.var.config.companySecurity.object(master.companyId).lockedAccounts(Date.now());
    c.header('cache-control', 'no-store');
    return c.json({
      lockouts: locked.map((account) => ({ username: account.username, lockedUntil: new Date(account.lockedUntil).toISOString() })),
    });
  })
  .post('/admin/lockouts/unlock', async (c) => {
    const { value } = await readJsonBody(c.req.raw);
    const master = await requireMasterSession(c);
    const username = (value as { username?: unknown } | null)?.username;
    if (typeof username !== 'string' || username.trim() === '' || username.length > 64) {
      throw new DomainError('VALIDATION_FAILED', undefined, { fields: [{ path: ['username'], message: 'Say whose account to unlock.' }] });
    }
    await c.var.config.signInGuard.unlock({ id: master.companyId, name: master.companyName }, username);
    return c.body(null, 204);
  });
