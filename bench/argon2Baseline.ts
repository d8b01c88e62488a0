import { hashPassword, verifyPassword } from '../subgraphs/identity/domain/passwordHashing.ts';
import { runClosedLoop, type ClosedLoopSummary } from './closedLoop.ts';

/**
 * What a sign-in cannot be cheaper than: one argon2id verification of the user's password hash. Measured
 * in the bench process on the same machine in the same run as the sign-ins, with the identity subgraph's
 * own functions, so with its parameters: `hashPassword` makes the hash, `verifyPassword` (what identity's
 * verifyPassword mutation calls, a thin wrapper over @node-rs/argon2's `verify`) checks it.
 *
 * Twice: one verification at a time (one thread: the cost of one verification), and with as many in
 * flight as the sign-in load has workers. @node-rs/argon2 runs each verification on libuv's thread pool
 * (4 threads unless UV_THREADPOOL_SIZE says otherwise), so the second uses every core, as identity does
 * under the sign-in load: that is the rate a sign-in is compared with.
 */

export interface Argon2Baseline {
  /** From the PHC string of the hash verified: algorithm, version, memory (KiB), iterations, lanes. */
  parameters: string;
  /** libuv thread pool size of the bench process, which runs the concurrent verifications. */
  threadPoolSize: number;
  singleThread: ClosedLoopSummary;
  concurrent: ClosedLoopSummary;
}

const BASELINE_PASSWORD = 'Lanyard-argon2-baseline-2026!';

export async function measureArgon2Baseline(options: {
  concurrency: number;
  warmUpSeconds: number;
  durationSeconds: number;
  log: (message: string) => void;
}): Promise<Argon2Baseline> {
  const storedHash = await hashPassword(BASELINE_PASSWORD);
  const verifyOnce = async () => {
    // A wrong verdict would mean the loop measures something else than a successful sign-in's check.
    if (!(await verifyPassword(storedHash, BASELINE_PASSWORD))) throw new Error('argon2 verify answered false');
  };
  const loop = { warmUpSeconds: options.warmUpSeconds, durationSeconds: options.durationSeconds, stopAfterFailures: 1 };

  options.log(`argon2id verify, one at a time: ${options.warmUpSeconds} s warm-up, ${options.durationSeconds} s measured`);
  const singleThread = await runClosedLoop({ ...loop, concurrency: 1 }, verifyOnce);
  options.log(`argon2id verify, ${options.concurrency} in flight: ${options.warmUpSeconds} s warm-up, ${options.durationSeconds} s measured`);
  const concurrent = await runClosedLoop({ ...loop, concurrency: options.concurrency }, verifyOnce);
  for (const run of [singleThread, concurrent]) {
    if (run.failures > 0) throw new Error(`The argon2 baseline failed: ${Object.keys(run.failureReasons).join('; ')}`);
  }
  return {
    parameters: phcParameters(storedHash),
    threadPoolSize: Number(process.env.UV_THREADPOOL_SIZE) || 4,
    singleThread,
    concurrent,
  };
}

/** "$argon2id$v=19$m=19456,t=2,p=1$salt$hash" → "argon2id v=19 m=19456,t=2,p=1". */
function phcParameters(phc: string): string {
  const [, algorithm, version, costs] = phc.split('$');
  return [algorithm, version, costs].filter(Boolean).join(' ');
}
