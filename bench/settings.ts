import { INTERNAL_TOKEN_TTL_SECONDS } from '@lanyard/core/internalToken';

/**
 * What a bench run can be told through the environment. Validated at start with a message naming the bad
 * variable, like the services' own configuration.
 */
export interface BenchSettings {
  /** Seconds measured per scenario (BENCH_DURATION, default 10). */
  durationSeconds: number;
  /** Concurrent keep-alive connections autocannon holds open (BENCH_CONNECTIONS, default 50). */
  connections: number;
  /** Seconds of unmeasured, fully checked load per scenario before measuring (BENCH_WARMUP, default 1). */
  warmUpSeconds: number;
  /** Seconds of full sign-ins measured, and of each argon2 baseline (BENCH_SIGN_IN_DURATION, default 10). */
  signInDurationSeconds: number;
  /** Concurrent sign-in workers, and argon2 verifications in flight in the concurrent baseline
   *  (BENCH_SIGN_IN_CONCURRENCY, default 16). */
  signInConcurrency: number;
}

/**
 * One internal token is signed per scenario and must outlive its warm-up and measurement (with a margin
 * for the sign-to-first-request gap and clock rounding), so a scenario cannot run longer than this.
 */
const TOKEN_MARGIN_SECONDS = 10;
export const MAX_SCENARIO_SECONDS = INTERNAL_TOKEN_TTL_SECONDS - TOKEN_MARGIN_SECONDS;

export function readBenchSettings(env: NodeJS.ProcessEnv = process.env): BenchSettings {
  const settings: BenchSettings = {
    durationSeconds: readPositiveNumber(env, 'BENCH_DURATION', 10),
    connections: readPositiveInteger(env, 'BENCH_CONNECTIONS', 50),
    warmUpSeconds: readPositiveNumber(env, 'BENCH_WARMUP', 1),
    signInDurationSeconds: readPositiveNumber(env, 'BENCH_SIGN_IN_DURATION', 10),
    signInConcurrency: readPositiveInteger(env, 'BENCH_SIGN_IN_CONCURRENCY', 16),
  };
  if (settings.durationSeconds + settings.warmUpSeconds > MAX_SCENARIO_SECONDS) {
    throw new Error(
      `BENCH_DURATION + BENCH_WARMUP must be at most ${MAX_SCENARIO_SECONDS} s: each scenario runs on one ` +
        `internal token, which lives ${INTERNAL_TOKEN_TTL_SECONDS} s.`,
    );
  }
  return settings;
}

function readPositiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name} must be a positive number of seconds, got ${JSON.stringify(raw)}`);
  }
  return value;
}

function readPositiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive whole number, got ${JSON.stringify(raw)}`);
  }
  return value;
}
