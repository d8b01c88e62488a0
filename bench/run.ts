import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStack, type Stack } from '../scripts/stack.ts';
import { benchUsername } from './credentials.ts';
import { describeMachine } from './machine.ts';
import { runLoad } from './measure.ts';
import { cpuShareBetween, snapshotCpu } from './processCpu.ts';
import { buildResults, renderTable, writeResults, type ScenarioResult } from './report.ts';
import { scenarioSpecs, targetFor } from './scenarios.ts';
import { readBenchSettings } from './settings.ts';
import { checkOneRequest, warmUp } from './warmUp.ts';

/**
 * `npm run bench`: starts the whole stack on a fresh data folder, asks `me` at each layer under the same
 * load, writes bench/results/latest.json and prints the table. See bench/README.md.
 */

const RESULTS_PATH = fileURLToPath(new URL('./results/latest.json', import.meta.url));

async function main(): Promise<void> {
  const settings = readBenchSettings();
  const machine = describeMachine();
  const dataDir = await mkdtemp(join(tmpdir(), 'lanyard-bench-'));
  let stack: Stack | undefined;
  const stopEverything = async () => {
    const running = stack;
    stack = undefined;
    await running?.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  const onSignal = () => {
    log('interrupted: stopping the stack');
    void stopEverything().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    log(`starting the stack (subgraphs, gateway, edge in workerd) on ${dataDir}`);
    try {
      stack = await startStack({ dataDir, withEdge: true });
    } catch (error) {
      throw new Error(`Could not start the stack with the edge: ${describe(error)}`, { cause: error });
    }

    const results: ScenarioResult[] = [];
    for (const spec of scenarioSpecs) {
      const target = await targetFor(spec, stack);
      log(`(${spec.id}) ${spec.title}: warm-up ${settings.warmUpSeconds} s, every answer checked`);
      await warmUp(spec, target, { connections: settings.connections, durationSeconds: settings.warmUpSeconds });

      log(`(${spec.id}) ${spec.title}: measuring ${settings.durationSeconds} s at ${settings.connections} connections`);
      const cpuBefore = snapshotCpu();
      const startedAt = performance.now();
      const summary = await runLoad(target, { connections: settings.connections, durationSeconds: settings.durationSeconds });
      const wallSeconds = (performance.now() - startedAt) / 1000;
      const cpuPercent = cpuShareBetween(cpuBefore, snapshotCpu(), wallSeconds);
      // Still real answers at the end (e.g. the token did not expire mid-run).
      await checkOneRequest(spec, target);

      results.push({ id: spec.id, title: spec.title, layer: spec.layer, query: spec.query, ...summary, cpuPercent });
      log(
        `(${spec.id}) ${summary.requestsPerSecond.mean.toFixed(0)} req/s, p50 ${summary.latencyMs.p50.toFixed(2)} ms, ` +
          `p99 ${summary.latencyMs.p99.toFixed(2)} ms, ${summary.non2xx} non-2xx, ${summary.errors} errors`,
      );
    }

    const report = buildResults(
      machine,
      { ...settings, user: benchUsername, autocannonRunsIn: 'the bench process, on the same machine as the stack' },
      results,
    );
    await writeResults(RESULTS_PATH, report);
    console.log(`\n${renderTable(report)}\n\nWritten to ${RESULTS_PATH}`);
    const failed = results.filter((result) => result.non2xx > 0 || result.errors > 0);
    if (failed.length > 0) {
      log(`non-2xx answers or connection errors in ${failed.map((result) => `(${result.id})`).join(', ')}: see the table`);
      process.exitCode = 1;
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await stopEverything();
  }
}

function log(message: string): void {
  console.error(`[bench] ${message}`);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

main().catch((error: unknown) => {
  console.error(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
