import { PENDING_SIGN_IN_COOKIE_NAME } from '../edge/pendingSignIn.ts';
import { SESSION_COOKIE_NAME } from '../edge/sessionCookie.ts';
import { totpCodeAt } from '../subgraphs/identity/domain/totp.ts';
import { BENCH_USER_PASSWORD, type BenchUser } from './benchUsers.ts';
import { runClosedLoop, type ClosedLoopSummary } from './closedLoop.ts';
import { setCookiePair } from '../scripts/edgeSignIn.ts';

/**
 * Full sign-ins through the edge, as the web app makes them: `POST /auth/sign-in` with username, company
 * name and password (through the gateway, tenancy finds the company and identity verifies the password
 * with argon2id; the edge signs a pending sign-in cookie), then `POST /auth/second-factor` with the authenticator code
 * and that cookie (identity opens the sealed secret, checks the code and claims its time step, the edge
 * signs the session cookie). Each worker takes the next unused user, so no code is ever a replay.
 *
 * Both answers are checked: 200, the expected body and the cookie that carries the sign-in on. Anything
 * else is a failure, counted with its reason; the timing of a failed sign-in is not used.
 */

/** Sub-durations a sign-in reports: each request, from sending it to its body read. */
export type SignInStep = 'password' | 'secondFactor';

export async function runSignInLoad(
  edgeUrl: string,
  companyName: string,
  users: readonly BenchUser[],
  options: { concurrency: number; warmUpSeconds: number; durationSeconds: number; stopAfterFailures: number },
): Promise<ClosedLoopSummary & { usersUsed: number }> {
  let next = 0;
  const summary = await runClosedLoop(options, async () => {
    const user = users[next];
    if (!user) return 'exhausted';
    next += 1;
    return (await signInBenchUser(edgeUrl, companyName, user)).parts;
  });
  return { ...summary, usersUsed: next };
}

/** One whole sign-in of a bench user: how long each step took, and the session's `name=value` pair. */
export async function signInBenchUser(
  edgeUrl: string,
  companyName: string,
  user: BenchUser,
): Promise<{ parts: Record<SignInStep, number>; sessionCookie: string }> {
  const passwordStart = performance.now();
  const password = await post(edgeUrl, '/auth/sign-in', {
    username: user.username,
    companyName,
    password: BENCH_USER_PASSWORD,
  });
  expect(password.body, '/auth/sign-in', (body) => body.next === 'SECOND_FACTOR', 'next: SECOND_FACTOR');
  const pending = setCookiePair(password.response, PENDING_SIGN_IN_COOKIE_NAME);
  if (!pending) throw new Error(`/auth/sign-in: 200 without a ${PENDING_SIGN_IN_COOKIE_NAME} cookie`);
  const passwordEnd = performance.now();

  // What the person reads off their phone; a code of the current 30-second step.
  const code = await totpCodeAt(user.totpSecret, new Date());

  const secondFactorStart = performance.now();
  const secondFactor = await post(edgeUrl, '/auth/second-factor', { code }, pending);
  expect(secondFactor.body, '/auth/second-factor', (body) => body.ok === true && body.method === 'TOTP', 'ok: true, method: TOTP');
  const sessionCookie = setCookiePair(secondFactor.response, SESSION_COOKIE_NAME);
  if (!sessionCookie) throw new Error(`/auth/second-factor: 200 without a ${SESSION_COOKIE_NAME} cookie`);
  return { parts: { password: passwordEnd - passwordStart, secondFactor: performance.now() - secondFactorStart }, sessionCookie };
}

interface Answer {
  response: Response;
  body: Record<string, unknown>;
}

/** One JSON POST; throws unless it answered 200 with a JSON object, with a reason that groups well. */
async function post(edgeUrl: string, path: string, body: unknown, cookie?: string): Promise<Answer> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(`${edgeUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
    text = await response.text();
  } catch (error) {
    throw new Error(`${path}: ${describeFetchError(error)}`, { cause: error });
  }
  const parsed = parseObject(text);
  if (response.status !== 200) {
    // The error code, not the message or request id, so that the same failure is counted as one reason.
    const error = parsed?.error;
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : text.slice(0, 80);
    throw new Error(`${path}: status ${response.status} ${code}`);
  }
  if (!parsed) throw new Error(`${path}: 200 with a body that is not a JSON object`);
  return { response, body: parsed };
}

function expect(body: Record<string, unknown>, path: string, holds: (body: Record<string, unknown>) => boolean, expected: string): void {
  if (!holds(body)) throw new Error(`${path}: 200 without ${expected}`);
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** fetch's "fetch failed" hides the reason in `cause` (e.g. ECONNRESET, UND_ERR_SOCKET). */
function describeFetchError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : undefined;
  return code ? `${error.message} (${code})` : error.message;
}
