import type { Argon2Baseline } from './argon2Baseline.ts';
import type { ClosedLoopSummary } from './closedLoop.ts';
import type { CpuPart } from './processCpu.ts';
import { cpuColumns } from './report.ts';
import { alignColumns, fixed, round } from './textTable.ts';

/**
 * The sign-in section of the results (issue 3): full sign-ins per second through the edge beside bare
 * argon2id verifications per second, their ratio and the verdict on the aim, and its printed tables.
 */

/** The aim: a full sign-in reaches at least this share of the bare argon2id rate (the hash is the only cost worth paying). */
export const AIM_MIN_SIGN_IN_TO_ARGON2_RATIO = 0.8;

/** More failed sign-ins than this fail the bench: the figure would then be one of error answers. */
export const MAX_SIGN_IN_FAILURES = 3;

export interface SignInResults {
  concurrency: number;
  warmUpSeconds: number;
  durationSeconds: number;
  users: {
    /** Bench users created before the load (each signs in at most once). */
    created: number;
    creationSeconds: number;
    /** Users whose sign-in was started, warm-up and drain included. */
    used: number;
  };
  /** Whole two-request sign-ins; partsLatencyMs has `password` and `secondFactor`, each request alone. */
  fullSignIn: ClosedLoopSummary;
  argon2: Argon2Baseline;
  ratio: {
    /** Sign-ins/s ÷ argon2 verifications/s with as many in flight as sign-in workers: the fair comparison. */
    toConcurrentArgon2: number;
    /** Sign-ins/s ÷ argon2 verifications/s one at a time: above 1 only because sign-ins use both cores. */
    toSingleThreadArgon2: number;
  };
  aim: { minRatio: number; comparedWith: string; met: boolean };
  /** Where a sign-in's CPU goes, from the CPU shares of the measured windows. */
  cpu: {
    /** CPU ms each process spent per completed sign-in (bench = the load generator). */
    msPerSignIn: Partial<Record<CpuPart, number>>;
    /** Summed over the processes the bench started (not `elsewhere`). */
    totalMsPerSignIn: number;
    /** CPU ms of one bare verification, from the concurrent baseline. */
    argon2MsPerVerify: number;
    /** argon2MsPerVerify ÷ totalMsPerSignIn: the hash's share of what a sign-in costs on this machine. */
    argon2ShareOfSignIn: number;
    /** argon2MsPerVerify ÷ identity's ms per sign-in: the hash's share of the identity subgraph's work. */
    argon2ShareOfIdentity: number;
  };
  /** Failed sign-ins above MAX_SIGN_IN_FAILURES, users run out, or a stop on failures. */
  failed: boolean;
}

export function buildSignInResults(input: {
  concurrency: number;
  warmUpSeconds: number;
  durationSeconds: number;
  users: SignInResults['users'];
  fullSignIn: ClosedLoopSummary;
  argon2: Argon2Baseline;
}): SignInResults {
  const toConcurrentArgon2 = round(input.fullSignIn.perSecond / input.argon2.concurrent.perSecond, 3);
  const msPerSignIn = cpuMsPerTask(input.fullSignIn);
  const totalMsPerSignIn = Object.entries(msPerSignIn)
    .filter(([part]) => part !== 'elsewhere')
    .reduce((sum, [, milliseconds]) => sum + milliseconds, 0);
  const argon2MsPerVerify = cpuMsPerTask(input.argon2.concurrent).bench ?? Number.NaN;
  return {
    ...input,
    cpu: {
      msPerSignIn,
      totalMsPerSignIn: round(totalMsPerSignIn, 1),
      argon2MsPerVerify,
      argon2ShareOfSignIn: round(argon2MsPerVerify / totalMsPerSignIn, 3),
      argon2ShareOfIdentity: round(argon2MsPerVerify / (msPerSignIn.identity ?? Number.NaN), 3),
    },
    ratio: {
      toConcurrentArgon2,
      toSingleThreadArgon2: round(input.fullSignIn.perSecond / input.argon2.singleThread.perSecond, 3),
    },
    aim: {
      minRatio: AIM_MIN_SIGN_IN_TO_ARGON2_RATIO,
      comparedWith: `argon2id verifications/s with ${input.concurrency} in flight`,
      met: toConcurrentArgon2 >= AIM_MIN_SIGN_IN_TO_ARGON2_RATIO,
    },
    failed: input.fullSignIn.failures > MAX_SIGN_IN_FAILURES || input.fullSignIn.exhausted || input.fullSignIn.stoppedOnFailures,
  };
}

export function renderSignInTable(signIn: SignInResults, cpuCount: number): string {
  const { fullSignIn, argon2, concurrency } = signIn;
  const header = ['', 'per s', 'p50 ms', 'p99 ms', 'mean ms', 'done', 'failures', `÷ argon2 ×${concurrency}`];
  const step = (title: string, name: string) => {
    const latency = fullSignIn.partsLatencyMs[name];
    return [title, '', fixed(latency?.p50 ?? Number.NaN, 2), fixed(latency?.p99 ?? Number.NaN, 2), fixed(latency?.mean ?? Number.NaN, 2), '', '', ''];
  };
  const rows = [
    [
      `full sign-in, password + TOTP through the edge (${concurrency} workers)`,
      fixed(fullSignIn.perSecond, 1),
      fixed(fullSignIn.latencyMs.p50, 2),
      fixed(fullSignIn.latencyMs.p99, 2),
      fixed(fullSignIn.latencyMs.mean, 2),
      String(fullSignIn.completed),
      String(fullSignIn.failures),
      fixed(signIn.ratio.toConcurrentArgon2, 2),
    ],
    step('  of which POST /auth/sign-in (company, argon2id verify)', 'password'),
    step('  of which POST /auth/second-factor (TOTP, claim step)', 'secondFactor'),
    baselineRow('bare argon2id verify, 1 at a time (one thread)', argon2.singleThread, argon2.concurrent),
    baselineRow(`bare argon2id verify, ${concurrency} in flight (thread pool of ${argon2.threadPoolSize})`, argon2.concurrent, argon2.concurrent),
  ];
  const cpuHeader = ['CPU % of one core during the run', ...cpuColumns];
  const cpuRow = (title: string, run: ClosedLoopSummary) => [title, ...cpuColumns.map((part) => String(run.cpuPercent[part] ?? 0))];
  const ratio = signIn.ratio.toConcurrentArgon2;
  const verdict = `${signIn.aim.met ? 'met' : 'MISSED'}: ${fixed(fullSignIn.perSecond, 1)} sign-ins/s ÷ ` +
    `${fixed(argon2.concurrent.perSecond, 1)} verifications/s = ${fixed(ratio * 100, 0)} %`;
  const lines = [
    `Sign-in: ${concurrency} concurrent workers, ${signIn.durationSeconds} s measured after ${signIn.warmUpSeconds} s of checked ` +
      `warm-up, each of ${signIn.users.used} of ${signIn.users.created} bench users signing in once (created in ` +
      `${fixed(signIn.users.creationSeconds, 1)} s); hashes ${argon2.parameters}, ${signIn.durationSeconds} s per argon2 baseline`,
    '',
    alignColumns([header, ...rows], [0]),
    '',
    `Aim: full sign-ins/s at least ${fixed(signIn.aim.minRatio * 100, 0)} % of bare argon2id verifications/s at the same ` +
      `concurrency (${concurrency}; on ${cpuCount} cores the fair comparison): ${verdict}` +
      ` (÷ one thread: ${fixed(signIn.ratio.toSingleThreadArgon2, 2)})`,
    '',
    alignColumns(
      [
        cpuHeader,
        cpuRow('full sign-in', fullSignIn),
        cpuRow('argon2id, 1 at a time', argon2.singleThread),
        cpuRow(`argon2id, ${concurrency} in flight`, argon2.concurrent),
        cpuMsRow('CPU ms per full sign-in', fullSignIn),
        cpuMsRow(`CPU ms per verify, ${concurrency} in flight`, argon2.concurrent),
      ],
      [0],
    ),
    '(the argon2 baselines run in the bench process: their CPU is in the bench column; ' +
      'elsewhere = processes the bench did not start: above ~10 another job shared the CPUs)',
    '',
    `A sign-in costs ${fixed(signIn.cpu.totalMsPerSignIn, 1)} ms of CPU on this machine, of which the hash is ` +
      `${fixed(signIn.cpu.argon2MsPerVerify, 1)} ms (${fixed(signIn.cpu.argon2ShareOfSignIn * 100, 0)} %); ` +
      `the hash is ${fixed(signIn.cpu.argon2ShareOfIdentity * 100, 0)} % of the identity subgraph's ` +
      `${fixed(signIn.cpu.msPerSignIn.identity ?? Number.NaN, 1)} ms.`,
  ];
  if (fullSignIn.failures > 0) {
    lines.push('', 'Failed sign-ins:', ...Object.entries(fullSignIn.failureReasons).map(([reason, count]) => `  ${count} × ${reason}`));
  }
  if (fullSignIn.exhausted) lines.push('', 'The bench users ran out before the measured window ended: the rate is too low.');
  if (fullSignIn.stoppedOnFailures) lines.push('', `Stopped after ${fullSignIn.failures} failed sign-ins.`);
  return lines.join('\n');
}

/** CPU milliseconds each process spent per completed task (percent of a core × 10 ÷ tasks per second). */
function cpuMsPerTask(run: ClosedLoopSummary): Partial<Record<CpuPart, number>> {
  return Object.fromEntries(
    Object.entries(run.cpuPercent).map(([part, percent]) => [part, round((percent * 10) / run.perSecond, 2)]),
  );
}

function cpuMsRow(title: string, run: ClosedLoopSummary): string[] {
  const milliseconds = cpuMsPerTask(run);
  return [title, ...cpuColumns.map((part) => fixed(milliseconds[part] ?? 0, 1))];
}

function baselineRow(title: string, run: ClosedLoopSummary, concurrent: ClosedLoopSummary): string[] {
  return [
    title,
    fixed(run.perSecond, 1),
    fixed(run.latencyMs.p50, 2),
    fixed(run.latencyMs.p99, 2),
    fixed(run.latencyMs.mean, 2),
    String(run.completed),
    String(run.failures),
    fixed(run.perSecond / concurrent.perSecond, 2),
  ];
}
