import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStack, type Stack } from '../scripts/stack.ts';
import { measureArgon2Baseline } from './argon2Baseline.ts';
import { createBenchUsers } from './benchUsers.ts';
import { benchUsername } from './credentials.ts';
import { describeMachine } from './machine.ts';
import { runLoad } from './measure.ts';
import { cpuShareBetween, snapshotCpu } from './processCpu.ts';
import { buildResults, renderTable, writeResults, type ScenarioResult } from './report.ts';
import { edgeSession, scenarioSpecs, targetFor } from './scenarios.ts';
import { readBenchSettings, type BenchSettings } from './settings.ts';
import { buildSignInResults, MAX_SIGN_IN_FAILURES, renderSignInTable, type SignInResults } from './signInReport.ts';
import { renderLockoutTable, type LockoutResults } from './lockoutReport.ts';
import { lockoutProbeWorker, runLockoutLoad } from './lockoutLoad.ts';
import { measureOidcProviderBaseline } from './oidcProviderBaseline.ts';
import { runOidcTokenLoad } from './oidcTokenLoad.ts';
import { buildOidcTokenSection, renderOidcTokenTable, type OidcTokenSection } from './oidcTokenReport.ts';
import { runSignInLoad } from './signInLoad.ts';
import { tokenBenchSessions } from './tokenBenchSessions.ts';
import { checkOneRequest, warmUp } from './warmUp.ts';

/**
 * `npm run bench`: starts the whole stack on a fresh data folder, asks `me` at each layer under the same
 * load, then measures full sign-ins beside bare argon2id verifications, writes bench/results/latest.json
 * and prints the tables. See bench/README.md.
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
      stack = await startStack({ dataDir, withEdge: true, extraEdgeWorkers: [lockoutProbeWorker()] });
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

    const signIn = await measureSignIn(stack, dataDir, settings);
    const lockout = await measureLockout(stack, settings);
    const oidcTokens = await measureOidcTokens(stack, dataDir, settings, machine.cpuCount);

    const report = buildResults(
      machine,
      { ...settings, user: benchUsername, autocannonRunsIn: 'the bench process, on the same machine as the stack' },
      results,
    );
    report.signIn = signIn;
    report.lockout = lockout;
    report.oidcTokens = oidcTokens;
    await writeResults(RESULTS_PATH, report);
    console.log(
      `\n${renderTable(report)}\n\n${renderSignInTable(signIn, machine.cpuCount)}\n\n${renderLockoutTable(lockout)}\n\n${renderOidcTokenTable(oidcTokens, machine.cpuCount)}\n\nWritten to ${RESULTS_PATH}`,
    );
    const failed = results.filter((result) => result.non2xx > 0 || result.errors > 0);
    if (failed.length > 0) {
      log(`non-2xx answers or connection errors in ${failed.map((result) => `(${result.id})`).join(', ')}: see the table`);
      process.exitCode = 1;
    }
    if (signIn.failed) {
      log(`the sign-in load failed (more than ${MAX_SIGN_IN_FAILURES} failed sign-ins, or too few users): see the sign-in table`);
      process.exitCode = 1;
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await stopEverything();
  }
}

/**
 * Bare argon2id verifications first (they also size the user pool), then the users, then the sign-ins.
 * A sign-in costs at least one verification on the same cores, so it cannot outrun the concurrent
 * baseline: users for half as many sign-ins again as that rate allows, over warm-up and window, suffice.
 */
async function measureSignIn(stack: Stack, dataDir: string, settings: BenchSettings): Promise<SignInResults> {
  if (!stack.edgeUrl) throw new Error('The stack runs without the edge, so sign-ins cannot be measured');
  const concurrency = settings.signInConcurrency;
  const timing = { warmUpSeconds: settings.warmUpSeconds, durationSeconds: settings.signInDurationSeconds };
  const argon2 = await measureArgon2Baseline({ concurrency, ...timing, log });
  log(
    `argon2id: ${argon2.singleThread.perSecond.toFixed(1)} verifications/s one at a time, ` +
      `${argon2.concurrent.perSecond.toFixed(1)}/s with ${concurrency} in flight`,
  );

  const ceiling = Math.max(argon2.concurrent.perSecond, argon2.singleThread.perSecond);
  const userCount = Math.ceil(ceiling * (timing.warmUpSeconds + timing.durationSeconds) * 1.5) + 2 * concurrency;
  log(`creating ${userCount} bench users with confirmed authenticators in the demo company`);
  const creationStart = performance.now();
  const users = await createBenchUsers(stack, dataDir, userCount);
  const creationSeconds = (performance.now() - creationStart) / 1000;

  log(`full sign-ins through the edge: ${concurrency} workers, ${timing.warmUpSeconds} s warm-up, ${timing.durationSeconds} s measured`);
  const fullSignIn = await runSignInLoad(stack.edgeUrl, stack.demo.companyName, users, {
    concurrency,
    ...timing,
    stopAfterFailures: MAX_SIGN_IN_FAILURES * 10,
  });
  log(
    `${fullSignIn.perSecond.toFixed(1)} sign-ins/s, p50 ${fullSignIn.latencyMs.p50.toFixed(1)} ms, ` +
      `p99 ${fullSignIn.latencyMs.p99.toFixed(1)} ms, ${fullSignIn.failures} failures`,
  );
  const { usersUsed, ...summary } = fullSignIn;
  return buildSignInResults({
    concurrency,
    ...timing,
    users: { created: userCount, creationSeconds: Math.round(creationSeconds * 100) / 100, used: usersUsed },
    fullSignIn: summary,
    argon2,
  });
}

/** Enough checks for several seconds at the aim's rate. */
const LOCKOUT_CHECKS = 5000;

/** Lockout checks per second against one account's counter object (issue 4's aim: at least 1,000/s). */
async function measureLockout(stack: Stack, settings: BenchSettings): Promise<LockoutResults> {
  if (!stack.edge) throw new Error('The stack runs without the edge, so the lockout cannot be measured');
  const options = { concurrency: settings.signInConcurrency, checks: LOCKOUT_CHECKS };
  log(`lockout checks against one Durable Object: ${options.checks} checks, ${options.concurrency} in flight`);
  const results = await runLockoutLoad(stack.edge, options);
  log(`${results.perSecond.toFixed(0)} checks/s, p50 ${results.latencyMs.p50.toFixed(2)} ms, ${results.failures} failures`);
  return results;
}

/**
 * authorization_code and refresh_token grants per second through the edge, then the same grants against
 * oidc-provider configured alike, right after, while the stack idles (issue 5).
 */
async function measureOidcTokens(stack: Stack, dataDir: string, settings: BenchSettings, cpuCount: number): Promise<OidcTokenSection> {
  if (!stack.edgeUrl) throw new Error('The stack runs without the edge, so the token endpoint cannot be measured');
  const options = { concurrency: settings.signInConcurrency, warmUpSeconds: settings.warmUpSeconds, durationSeconds: settings.signInDurationSeconds };
  log(`OIDC token endpoint: ${options.concurrency} workers, ${options.durationSeconds} s each for code and refresh grants`);
  const master = await edgeSession(stack.edgeUrl, stack);
  const sessions = await tokenBenchSessions(stack, dataDir, master, options.concurrency);
  const results = await runOidcTokenLoad(stack.edgeUrl, master, sessions, options);
  log(`${results.authorizationCode.perSecond.toFixed(0)} code grants/s, ${results.refreshToken.perSecond.toFixed(0)} refresh grants/s`);
  log(`oidc-provider baseline, configured alike: the same grants, ${options.concurrency} workers, ${options.durationSeconds} s each`);
  const baseline = await measureOidcProviderBaseline(options);
  log(
    `oidc-provider ${baseline.version}: ${baseline.authorizationCode.perSecond.toFixed(0)} code grants/s, ` +
      `${baseline.refreshToken.perSecond.toFixed(0)} refresh grants/s`,
  );
  return buildOidcTokenSection(results, baseline, cpuCount);
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
