/**
 * The edge's health answer, built from what the gateway's /healthz said. The edge lists every part of
 * Lanyard so an operator sees at a glance which one is down; a part it could not learn about is "unknown".
 */
export const SUBGRAPH_PARTS = ['identity', 'tenancy', 'modules'] as const;

export interface HealthReport {
  status: 'ok' | 'degraded';
  parts: { edge: 'ok'; gateway: string } & Record<(typeof SUBGRAPH_PARTS)[number], string>;
}

/** What asking the gateway gave: no answer at all, or a (possibly malformed) JSON body. */
export type GatewayHealthAnswer = { reached: false } | { reached: true; body: unknown };

export function buildHealthReport(answer: GatewayHealthAnswer): HealthReport {
  const gatewayParts = answer.reached ? readParts(answer.body) : undefined;
  const gateway = !answer.reached ? 'unreachable' : (gatewayParts?.gateway ?? 'invalid answer');
  const parts: HealthReport['parts'] = {
    edge: 'ok',
    gateway,
    identity: gatewayParts?.identity ?? 'unknown',
    tenancy: gatewayParts?.tenancy ?? 'unknown',
    modules: gatewayParts?.modules ?? 'unknown',
  };
  const healthy = Object.values(parts).every((state) => state === 'ok');
  return { status: healthy ? 'ok' : 'degraded', parts };
}

/** Only string states are kept; a gateway speaking another shape tells us nothing. */
function readParts(body: unknown): Record<string, string> | undefined {
  if (typeof body !== 'object' || body === null || !('parts' in body)) return undefined;
  const { parts } = body;
  if (typeof parts !== 'object' || parts === null) return undefined;
  return Object.fromEntries(Object.entries(parts).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
