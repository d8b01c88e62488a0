import { exportJWK, generateKeyPair } from 'jose';
import { generateOidcSigningKeys } from '@lanyard/core/oidcSigningKeyGeneration';
import { describe, expect, it } from 'vitest';
import app from '../index.ts';
import type { Env } from '../env.ts';

/**
 * Without the DEVELOPMENT_MAILBOX binding (every deployment: wrangler.toml never sets it) /dev/mailbox is
 * a 404 like any unknown path, and the gateway is never asked. The worker's app runs here on Node with
 * the bindings as a deployment has them; the gateway URL points nowhere, so any call to it would fail.
 */

/** A Durable Object binding that fails if anything is asked of it: no object is needed here. */
const unusedNamespace = {
  idFromName: () => {
    throw new Error('no session should be looked up');
  },
  get: () => {
    throw new Error('no session should be looked up');
  },
};

async function deployedEnv(extra: Partial<Env> = {}): Promise<Env> {
  const keys = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  return {
    SESSIONS: unusedNamespace,
    USER_SESSIONS: unusedNamespace,
    ATTEMPT_COUNTERS: unusedNamespace,
    COMPANY_SECURITY: unusedNamespace,
    OIDC_GRANTS: unusedNamespace,
    LOGOUT_DELIVERIES: unusedNamespace,
    ASSETS: { fetch: () => Promise.resolve(new Response('not here', { status: 404 })) },
    GATEWAY_URL: 'http://127.0.0.1:9',
    INTERNAL_TOKEN_PRIVATE_JWK: JSON.stringify(await exportJWK(keys.privateKey)),
    SESSION_SECRET: 'test-session-secret-that-is-long-enough-0123456789',
    OIDC_SIGNING_KEYS: await generateOidcSigningKeys(),
    ...extra,
  };
}

async function answer(path: string, env: Env): Promise<{ status: number; body: unknown }> {
  const response = await app.request(path, {}, env);
  return { status: response.status, body: await response.json() };
}

describe('/dev/mailbox without the DEVELOPMENT_MAILBOX binding', () => {
  it('answers exactly like an unknown path', async () => {
    for (const env of [await deployedEnv(), await deployedEnv({ DEVELOPMENT_MAILBOX: 'off' })]) {
      const mailbox = await answer('/dev/mailbox', env);
      const unknown = await answer('/no-such-page', env);
      expect(mailbox.status).toBe(404);
      expect(mailbox).toEqual(unknown);
    }
  });
});
