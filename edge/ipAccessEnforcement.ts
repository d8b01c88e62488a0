import type { Context } from 'hono';
import { DomainError } from '@lanyard/core/domainError';
import { decideIpAccess, type CompiledIpAccessList } from '@lanyard/core/ipAccessList';
import type { EdgeBindings, EdgeConfig } from './env.ts';
import { runEdgeStep } from './gatewayClient.ts';

const RECORD_IP_ACCESS_EVENT = /* GraphQL */ `
  mutation RecordIpAccessEvent($input: RecordIpAccessEventInput!) {
    recordIpAccessEvent(input: $input)
  }
`;

/** The client's address: CF-Connecting-IP only, which Cloudflare sets and a client cannot. */
export function clientAddressOf(c: Context<EdgeBindings>): string | undefined {
  return c.req.header('cf-connecting-ip') ?? undefined;
}

/** The same refusal from the same address is recorded once a minute, however often it is retried. */
const RECORD_INTERVAL_MS = 60_000;
const lastRecorded = new Map<string, number>();

function shouldRecord(key: string, now: number): boolean {
  const last = lastRecorded.get(key);
  if (last !== undefined && now - last < RECORD_INTERVAL_MS) return false;
  if (lastRecorded.size > 10_000) lastRecorded.clear();
  lastRecorded.set(key, now);
  return true;
}

/**
 * Applies a company's IP access list to this request: refused with IP_NOT_ALLOWED (naming the address
 * seen, so the person can ask for it to be listed), or let through; a refusal, and in monitor mode a
 * request that would have been refused, is recorded for the company's admins after the answer.
 */
export function enforceIpAccess(
  c: Context<EdgeBindings>,
  check: { companyId: string; accessList: CompiledIpAccessList; stage: 'SIGN_IN' | 'SESSION'; subject: string },
): void {
  const clientAddress = clientAddressOf(c);
  const decision = decideIpAccess(check.accessList, clientAddress);
  if (decision === 'ALLOWED') return;
  const address = clientAddress ?? 'unknown';
  const outcome = decision === 'REFUSED' ? 'REFUSED' : 'MONITORED';
  if (shouldRecord(`${check.companyId}|${address}|${check.stage}|${outcome}`, Date.now())) {
    c.executionCtx.waitUntil(record(c.var.config, c.var.requestId, { ...check, clientAddress: address, outcome }));
  }
  if (decision === 'REFUSED') {
    throw new DomainError(
      'IP_NOT_ALLOWED',
      `Your company allows sign-in only from listed addresses; ask your administrator to add ${address}.`,
      { details: { clientAddress: address } },
    );
  }
}

async function record(
  config: EdgeConfig,
  requestId: string,
  event: { companyId: string; clientAddress: string; outcome: string; stage: string; subject: string },
): Promise<void> {
  try {
    await runEdgeStep(config, {
      operationName: 'RecordIpAccessEvent',
      query: RECORD_IP_ACCESS_EVENT,
      variables: {
        input: {
          companyId: event.companyId,
          clientAddress: event.clientAddress,
          outcome: event.outcome,
          stage: event.stage,
          subject: event.subject,
        },
      },
      requestId,
      verdicts: [],
    });
  } catch {
    // runEdgeStep logged it; a lost record must not fail the request it describes.
  }
}
