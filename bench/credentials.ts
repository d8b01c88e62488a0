import { randomUUID } from 'node:crypto';
import { importInternalSigningKey, signInternalToken } from '@lanyard/core/internalToken';
import { demoCompany, demoUsers } from '../scripts/demoData.ts';
import type { Stack } from '../scripts/stack.ts';

/**
 * How the bench proves who it is: to the gateway and a subgraph with an internal token (as the edge would
 * sign it), to the edge with the session cookie a real sign-in sets (scripts/edgeSignIn.ts). Always the
 * demo root user, so every scenario asks for the same `me`.
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
    principal: { scope: 'session', userId: benchUser().id, companyId: demoCompany.id , companyName: 'Acme MSP', role: 'USER' },
    requestId: `bench-${randomUUID()}`,
  });
}
