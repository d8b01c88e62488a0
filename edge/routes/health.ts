import { Hono } from 'hono';
import { buildHealthReport } from '../domain/healthReport.ts';
import type { EdgeBindings } from '../env.ts';
import { fetchGatewayHealth } from '../gatewayClient.ts';

/** Orchestrators poll this; a health check that hangs is as bad as one that fails. */
const GATEWAY_HEALTH_TIMEOUT_MS = 3_000;

/** `GET /healthz`: the edge plus whatever the gateway reports of itself and the subgraphs. 200 only when all are ok. */
export const healthRoutes = new Hono<EdgeBindings>().get('/healthz', async (c) => {
  const answer = await fetchGatewayHealth(c.var.config, c.var.requestId, GATEWAY_HEALTH_TIMEOUT_MS);
  const report = buildHealthReport(answer);
  c.header('cache-control', 'no-store');
  return c.json(report, report.status === 'ok' ? 200 : 503);
});
