import { percentile } from './measure.ts';
import { cpuShareBetween, snapshotCpu, type CpuShare } from './processCpu.ts';

/**
 * A closed loop of N concurrent async workers, each starting its next task when the previous one ends
 * (like autocannon's connections, for work autocannon cannot express: a two-request sign-in with per-user
 * state, or an argon2 verification). The loop runs without a pause through a warm-up and then the
 * measured window, so the window sees the steady state: no ramp-up at its start, no drain at its end.
 * Only tasks that *finish* inside the window count; every task, warm-up included, is checked, and a
 * failure is counted with its reason.
 */

export interface ClosedLoopOptions {
  concurrency: number;
  warmUpSeconds: number;
  durationSeconds: number;
  /** Stop every worker once this many tasks have failed: past that the run measures nothing useful. */
  stopAfterFailures?: number;
}

/**
 * One unit of work. Resolves when it succeeded (optionally with named sub-durations in ms, e.g. per
 * request of a two-step flow); throws when it failed (the error's message is its reason); returns
 * `'exhausted'` when there is no more work to take (the loop then stops that worker).
 */
export type ClosedLoopTask = () => Promise<Record<string, number> | void | 'exhausted'>;

export interface LatencySummary {
  p50: number;
  p90: number;
  p99: number;
  mean: number;
  max: number;
}

export interface ClosedLoopSummary {
  concurrency: number;
  /** Length of the measured window, in seconds. */
  durationSeconds: number;
  /** Tasks that succeeded and finished inside the measured window. */
  completed: number;
  /** completed ÷ durationSeconds. */
  perSecond: number;
  /** Whole-task latency of the window's successful tasks, in ms. */
  latencyMs: LatencySummary;
  /** The same for each named sub-duration the tasks reported. */
  partsLatencyMs: Record<string, LatencySummary>;
  /** Failed tasks over the whole loop (warm-up, window and drain), and why. */
  failures: number;
  failureReasons: Record<string, number>;
  /** Tasks started over the whole loop, warm-up and drain included. */
  started: number;
  /** True when a worker ran out of work before the window ended: the figure then measures less than asked. */
  exhausted: boolean;
  /** True when the loop stopped early because of `stopAfterFailures`. */
  stoppedOnFailures: boolean;
  /** Percent of one core per process during the measured window. */
  cpuPercent: CpuShare;
}

export async function runClosedLoop(options: ClosedLoopOptions, task: ClosedLoopTask): Promise<ClosedLoopSummary> {
  const loopStart = performance.now();
  const windowStart = loopStart + options.warmUpSeconds * 1000;
  const windowEnd = windowStart + options.durationSeconds * 1000;

  const latencies: number[] = [];
  const parts = new Map<string, number[]>();
  const failureReasons: Record<string, number> = {};
  let failures = 0;
  let started = 0;
  let exhausted = false;
  let stoppedOnFailures = false;

  // CPU is read at the window's edges, by timers: the workers keep running across them.
  let cpuAtWindowStart = snapshotCpu();
  let cpuAtWindowEnd: ReturnType<typeof snapshotCpu> | undefined;
  const startTimer = setTimeout(() => (cpuAtWindowStart = snapshotCpu()), options.warmUpSeconds * 1000);
  const endTimer = setTimeout(() => (cpuAtWindowEnd = snapshotCpu()), (options.warmUpSeconds + options.durationSeconds) * 1000);

  const worker = async () => {
    while (performance.now() < windowEnd && !stoppedOnFailures) {
      const taskStart = performance.now();
      started += 1;
      let outcome: Awaited<ReturnType<ClosedLoopTask>>;
      try {
        outcome = await task();
      } catch (error) {
        failures += 1;
        const reason = error instanceof Error ? error.message : String(error);
        failureReasons[reason] = (failureReasons[reason] ?? 0) + 1;
        if (options.stopAfterFailures !== undefined && failures >= options.stopAfterFailures) stoppedOnFailures = true;
        continue;
      }
      if (outcome === 'exhausted') {
        started -= 1;
        if (performance.now() < windowEnd) exhausted = true;
        return;
      }
      const taskEnd = performance.now();
      if (taskEnd < windowStart || taskEnd > windowEnd) continue;
      latencies.push(taskEnd - taskStart);
      for (const [name, milliseconds] of Object.entries(outcome ?? {})) {
        const list = parts.get(name) ?? [];
        list.push(milliseconds);
        parts.set(name, list);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: options.concurrency }, worker));
  } finally {
    clearTimeout(startTimer);
    clearTimeout(endTimer);
  }
  cpuAtWindowEnd ??= snapshotCpu();

  return {
    concurrency: options.concurrency,
    durationSeconds: options.durationSeconds,
    completed: latencies.length,
    perSecond: round(latencies.length / options.durationSeconds, 1),
    latencyMs: summarizeLatencies(latencies),
    partsLatencyMs: Object.fromEntries([...parts].map(([name, values]) => [name, summarizeLatencies(values)])),
    failures,
    failureReasons,
    started,
    exhausted,
    stoppedOnFailures,
    cpuPercent: cpuShareBetween(cpuAtWindowStart, cpuAtWindowEnd, options.durationSeconds),
  };
}

function summarizeLatencies(values: number[]): LatencySummary {
  const sorted = Float64Array.from(values).sort();
  const mean = sorted.length === 0 ? Number.NaN : sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
  return {
    p50: round(percentile(sorted, 50), 3),
    p90: round(percentile(sorted, 90), 3),
    p99: round(percentile(sorted, 99), 3),
    mean: round(mean, 3),
    max: round(sorted.length === 0 ? Number.NaN : sorted[sorted.length - 1]!, 3),
  };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
