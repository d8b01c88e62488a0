import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEdge, type RunningEdge } from '../../scripts/startEdge.ts';

/**
 * An edge deployed with broken secrets must fail closed and say nothing about why to the client: every
 * request answers 500 INTERNAL_ERROR (the operator reads the binding's name in the worker's log).
 */

let edge: RunningEdge;
let assetsDirectory: string;

beforeAll(async () => {
  assetsDirectory = await mkdtemp(join(tmpdir(), 'lanyard-edge-assets-'));
  await writeFile(join(assetsDirectory, 'index.html'), '<!doctype html><title>Lanyard</title>');
  edge = await startEdge({
    port: 0,
    gatewayUrl: 'http://127.0.0.1:9',
    internalTokenPrivateJwk: JSON.stringify({ kty: 'RSA', n: 'not-an-ed25519-key' }),
    sessionSecret: 'too short',
    assetsDirectory,
  });
});

afterAll(async () => {
  await edge?.stop();
  if (assetsDirectory) await rm(assetsDirectory, { recursive: true, force: true });
});

describe('an edge with a bad secret', () => {
  it('answers every request with a generic 500 that names no binding', async () => {
    const graphql = await fetch(`${edge.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ hello }"}',
    });
    expect(graphql.status).toBe(500);
    expect(await graphql.json()).toEqual({
      errors: [{ message: 'Something went wrong on our side. Try again in a moment.', extensions: { code: 'INTERNAL_ERROR' } }],
    });
    expect(graphql.headers.get('x-request-id')).toBeTruthy();

    const page = await fetch(`${edge.url}/sign-in`);
    expect(page.status).toBe(500);
    const text = await page.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: 'INTERNAL_ERROR', message: 'Something went wrong on our side. Try again in a moment.' },
    });
    expect(text).not.toMatch(/INTERNAL_TOKEN_PRIVATE_JWK|SESSION_SECRET|stack/i);
  });
});
