import { PENDING_SIGN_IN_COOKIE_NAME } from '../edge/pendingSignIn.ts';
import { SESSION_COOKIE_NAME } from '../edge/sessionCookie.ts';
import { totpCodeAt } from '../subgraphs/identity/domain/totp.ts';
import type { Stack } from './stack.ts';

/**
 * Signs a demo user in through the edge like the web app does (password, then the authenticator code
 * computed from the demo secret; each 30-second code once per user) and returns the session `name=value` pair to send as `cookie:`. The cookies are
 * `__Host-` and Secure; over http://127.0.0.1 no browser would keep them, so pairs are forwarded by hand.
 * `clientAddress` plays a person signing in from elsewhere: the local edge takes CF-Connecting-IP as sent.
 */
export async function signInAtEdge(edgeUrl: string, stack: Stack, username: string, options: { clientAddress?: string } = {}): Promise<string> {
  const from: Record<string, string> = options.clientAddress ? { 'cf-connecting-ip': options.clientAddress } : {};
  const user = stack.demo.users.find((candidate) => candidate.username === username);
  if (!user?.totpSecret) throw new Error(`The stack's demo has no user "${username}" with an authenticator`);
  const password = await postJson(edgeUrl, '/auth/sign-in', {
    username: user.username,
    companyName: stack.demo.companyName,
    password: user.password,
  }, from);
  const pending = cookiePair(password, PENDING_SIGN_IN_COOKIE_NAME);
  const code = await totpCodeAt(user.totpSecret, new Date());
  const secondFactor = await postJson(edgeUrl, '/auth/second-factor', { code }, { cookie: pending, ...from });
  return cookiePair(secondFactor, SESSION_COOKIE_NAME);
}

async function postJson(edgeUrl: string, path: string, body: unknown, headers: Record<string, string>): Promise<Response> {
  const response = await fetch(`${edgeUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  if (response.status !== 200) {
    throw new Error(`${path} at the edge answered ${response.status}: ${(await response.text()).slice(0, 500)}`);
  }
  return response;
}

function cookiePair(response: Response, name: string): string {
  const pair = setCookiePair(response, name);
  if (pair === undefined) throw new Error(`The edge answered 200 but set no ${name} cookie`);
  return pair;
}

/** The `name=value` pair of a non-empty cookie the response sets (a cleared one does not count). */
export function setCookiePair(response: Response, name: string): string | undefined {
  for (const setCookie of response.headers.getSetCookie()) {
    const pair = setCookie.split(';', 1)[0]?.trim() ?? '';
    if (pair.startsWith(`${name}=`) && pair.length > name.length + 1) return pair;
  }
  return undefined;
}
