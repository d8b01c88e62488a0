import type { LockoutResults } from './lockoutLoad.ts';
import { alignColumns, fixed } from './textTable.ts';

export type { LockoutResults } from './lockoutLoad.ts';

/** Issue 4's aim: one lockout object handles at least this many checks per second locally. */
export const LOCKOUT_CHECKS_AIM = 1000;

export function renderLockoutTable(results: LockoutResults): string {
  const table = [
    ['', 'per s', 'p50 ms', 'p99 ms', 'done', 'failures'],
    [
      `lockout checks (reserve + settle) against one Durable Object, ${results.concurrency} in flight`,
      fixed(results.perSecond, 0),
      fixed(results.latencyMs.p50, 2),
      fixed(results.latencyMs.p99, 2),
      String(results.checks),
      String(results.failures),
    ],
  ];
  const verdict = results.perSecond >= LOCKOUT_CHECKS_AIM ? 'MET' : 'MISSED';
  return `${alignColumns(table, [0])}\n\nAim: at least ${LOCKOUT_CHECKS_AIM} checks/s on one object: ${verdict} (${fixed(results.perSecond, 0)}/s, each check two calls from a worker beside the edge)`;
}
