import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { WorkerOptions } from 'miniflare';
import { accountCounterName } from '../edge/signInLimits/signInGuard.ts';
import { EDGE_WORKER_NAME, type RunningEdge } from '../scripts/startEdge.ts';
import { percentile } from './measure.ts';

/**
 * Lockout checks against one Durable Object: the account counter every sign-in of one account goes
 * through. A check is what a sign-in costs the counter: reserve a place, then settle it (here as
 * UNDECIDED, so the counter never fills and every check does the same work). A probe worker beside the
 * edge in the same workerd makes the calls, as the edge's code does, so the figure is the object's.
 */

export const LOCKOUT_PROBE_WORKER = 'lockout-probe';

/** The probe worker, for startEdge's extraWorkers: bound to the edge's counters. */
export function lockoutProbeWorker(): WorkerOptions {
  return {
    name: LOCKOUT_PROBE_WORKER,
    modules: true,
    script: readFileSync(fileURLToPath(new URL('./lockoutProbeWorker.js', import.meta.url)), 'utf8'),
    compatibilityDate: '2026-04-20',
    durableObjects: { ATTEMPT_COUNTERS: { className: 'AttemptCounterObject', scriptName: EDGE_WORKER_NAME } },
  };
}

export interface LockoutResults {
  concurrency: number;
  checks: number;
  failures: number;
  seconds: number;
  perSecond: number;
  latencyMs: { p50: number; p99: number };
}

export async function runLockoutLoad(edge: RunningEdge, options: { concurrency: number; checks: number }): Promise<LockoutResults> {
  const name = accountCounterName('Bench Company', 'one-account');
  const ask = async (checks: number) => {
    const query = new URLSearchParams({ name, checks: String(checks), concurrency: String(options.concurrency) });
    const response = await edge.fetchWorker(LOCKOUT_PROBE_WORKER, `http://probe/?${query}`);
    if (!response.ok) throw new Error(`the lockout probe answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    return (await response.json()) as { checks: number; failures: number; elapsedMs: number; latencies: number[] };
  };
  await ask(Math.min(500, options.checks)); // warm-up: the object is created and its code compiled
  const run = await ask(options.checks);
  const sorted = Float64Array.from(run.latencies).sort();
  return {
    concurrency: options.concurrency,
    checks: run.checks,
    failures: run.failures,
    seconds: run.elapsedMs / 1000,
    perSecond: run.checks / (run.elapsedMs / 1000),
    latencyMs: { p50: percentile(sorted, 50), p99: percentile(sorted, 99) },
  };
}
