import { getFromEdge, isRecord, type EdgeResult } from './sessionApi.ts';

/**
 * How the back-channel logouts to the company's modules went: the edge's endpoint for Masters (the
 * sessions' Durable Objects deliver them and keep the outcomes, so this is REST rather than GraphQL).
 */
export type LogoutDeliveryOutcome = 'DELIVERED' | 'RETRYING' | 'FAILED';

export interface LogoutDelivery {
  clientId: string;
  /** The module as the company has it now; null once the instance was deleted. */
  moduleName: string | null;
  instanceName: string | null;
  userId: string;
  /** ISO 8601: when the session ended. */
  sessionEndedAt: string;
  attempts: number;
  lastAttemptAt: string;
  outcome: LogoutDeliveryOutcome;
  /** ISO 8601, while RETRYING. */
  nextAttemptAt: string | null;
  /** Why the last attempt did not count; null once delivered. */
  problem: string | null;
}

const OUTCOMES: readonly string[] = ['DELIVERED', 'RETRYING', 'FAILED'];
const textOrNull = (value: unknown) => typeof value === 'string' || value === null;

function isDelivery(entry: unknown): entry is LogoutDelivery {
  return (
    isRecord(entry) &&
    typeof entry.clientId === 'string' &&
    textOrNull(entry.moduleName) &&
    textOrNull(entry.instanceName) &&
    typeof entry.userId === 'string' &&
    typeof entry.sessionEndedAt === 'string' &&
    typeof entry.attempts === 'number' &&
    typeof entry.lastAttemptAt === 'string' &&
    typeof entry.outcome === 'string' &&
    OUTCOMES.includes(entry.outcome) &&
    textOrNull(entry.nextAttemptAt) &&
    textOrNull(entry.problem)
  );
}

export async function fetchLogoutDeliveries(): Promise<EdgeResult<LogoutDelivery[]>> {
  return getFromEdge('/admin/logout-deliveries', (body) => {
    if (!isRecord(body) || !Array.isArray(body.deliveries)) return undefined;
    return body.deliveries.filter(isDelivery);
  });
}
