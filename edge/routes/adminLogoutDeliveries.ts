import { Hono } from 'hono';
import { requireMasterSession } from '../activeSession.ts';
import type { EdgeBindings } from '../env.ts';

const iso = (time: number | null) => (time === null ? null : new Date(time).toISOString());

/**
 * The Audit log's list of back-channel logouts: for each module a session had opened, whether it
 * confirmed the end of that session, is still being retried, or never confirmed. The outcomes live in
 * the edge (the sessions' objects deliver them), so this is the edge's own route, for Masters by the
 * role their session carries. Each entry names its module as the company has it now (null once deleted).
 */
export const adminLogoutDeliveriesRoutes = new Hono<EdgeBindings>().get('/admin/logout-deliveries', async (c) => {
  const master = await requireMasterSession(c);
  const { config, requestId } = c.var;
  const log = config.logoutDeliveries.get(config.logoutDeliveries.idFromName(master.companyId));
  const deliveries = await log.list(Date.now());
  const clients = new Map(
    await Promise.all(
      [...new Set(deliveries.map((delivery) => delivery.clientId))].map(
        async (clientId) => [clientId, await config.oidcClients.byClientId(config, clientId, requestId)] as const,
      ),
    ),
  );
  c.header('cache-control', 'no-store');
  return c.json({
    deliveries: deliveries.map((delivery) => {
      const client = clients.get(delivery.clientId);
      const ours = client && client.companyId === master.companyId ? client : undefined;
      return {
        clientId: delivery.clientId,
        instanceId: ours?.instanceId ?? null,
        moduleName: ours?.moduleName ?? null,
        instanceName: ours?.instanceName ?? null,
        userId: delivery.userId,
        sessionEndedAt: iso(delivery.sessionEndedAt),
        attempts: delivery.attempts,
        lastAttemptAt: iso(delivery.lastAttemptAt),
        outcome: delivery.outcome,
        nextAttemptAt: iso(delivery.nextAttemptAt),
        problem: delivery.problem,
      };
    }),
  });
});
