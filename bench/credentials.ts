import { randomUUID } from 'node:crypto';
import { importInternalSigningKey, signInternalToken } from '@lanyard/core/internalToken';
import { SESSION_COOKIE_NAME } from '../edge/sessionCookie.ts';
import { demoCompany, demoUsers } from '../scripts/demoData.ts';
import type { Stack } from '../scripts/stack.ts';

/**
 * How the bench proves who it is: to the gateway and a subgraph with an internal token (as the edge would
 * sign it), to the edge with the session cookie a real sign-in sets. Always the demo root user, so every
 * scenario asks for the same `me`.
 */

export const benchUsername = 'root';

function benchUser() {
  const user = demoUsers.find((candidate) => candidate.username === benchUsername);
  if (!user) throw new Error(`The demo data has no user "${benchUsername}"`);
  return user;
}

/** A fresh session-scoped internal token; it lives 60 s, so one is signed per scenario. */
export async function signSessionToken(stack: Stack): Promise<string> {
  const key = await importInternalSigningKey(stack.secrets.internalTokenPrivateJwk);
  return signInternalToken(key, {
    principal: { scope: 'session', userId: benchUser().id, companyId: demoCompany.id },
    requestId: `bench-${randomUUID()}`,
  });
}

/**
 * Signs in through the edge like the web app does and returns the `name=value` pair to send as `cookie:`.
 * The cookie is `__Host-` and Secure; over http://127.0.0.1 no browser would keep it, so the pair is
 * forwarded by hand.
 */
export async function signInAtEdge(edgeUrl: string, stack: Stack): Promise<string> {
  const user = stack.demo.users.find((candidate) => candidate.username === benchUsername);
  if (!user) throw new Error(`The stack's demo has no user "${benchUsername}"`);
  const response = await fetch(`${edgeUrl}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: user.username, companyName: stack.demo.companyName, password: user.password }),
  });
  const body = await response.text();
  if (response.status !== 200) {
    throw new Error(`Sign-in at the edge answered ${response.status}: ${body.slice(0, 500)}`);
  }
  for (const setCookie of response.headers.getSetCookie()) {
    const pair = setCookie.split(';', 1)[0]?.trim() ?? '';
    if (pair.startsWith(`${SESSION_COOKIE_NAME}=`) && pair.length > SESSION_COOKIE_NAME.length + 1) return pair;
  }
  throw new Error(`Sign-in at the edge answered 200 but set no ${SESSION_COOKIE_NAME} cookie`);
}
