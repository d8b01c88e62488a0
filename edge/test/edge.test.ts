import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, exportJWK, generateKeyPair, jwtVerify, type CryptoKey } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verifyInternalToken, type InternalClaims } from '@lanyard/core/internalToken';
import { startEdge, type RunningEdge } from '../../scripts/startEdge.ts';
import { startFakeGateway, type FakeGateway, type GraphQLResponder, type ReceivedRequest } from './fakeGateway.ts';

/**
 * The real edge worker in workerd (through scripts/startEdge.ts), in front of a stand-in gateway that
 * speaks the gateway's wire contract. Each test asserts what a browser, an attacker or the gateway sees.
 */

const SESSION_SECRET = 'test-session-secret-that-is-long-enough-0123456789';
const SESSION_COOKIE = '__Host-lanyard_session';
const GENERIC_CREDENTIALS_ANSWER = {
  error: { code: 'BAD_CREDENTIALS', message: 'The username, company name or password is incorrect.' },
};

let edge: RunningEdge;
let gateway: FakeGateway;
let verifyingKey: CryptoKey;
let assetsDirectory: string;

beforeAll(async () => {
  const keys = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  verifyingKey = keys.publicKey;
  gateway = await startFakeGateway();
  // A stand-in web build, so these tests do not depend on `npm run build:web`.
  assetsDirectory = await mkdtemp(join(tmpdir(), 'lanyard-edge-assets-'));
  await writeFile(join(assetsDirectory, 'index.html'), '<!doctype html><title>Lanyard</title><div id="app"></div>');
  await mkdir(join(assetsDirectory, 'assets'));
  await writeFile(join(assetsDirectory, 'assets', 'app.js'), 'console.log("app");');
  edge = await startEdge({
    port: 0,
    gatewayUrl: gateway.url,
    internalTokenPrivateJwk: JSON.stringify(await exportJWK(keys.privateKey)),
    sessionSecret: SESSION_SECRET,
    assetsDirectory,
  });
});

afterAll(async () => {
  await edge?.stop();
  await gateway?.close();
  if (assetsDirectory) await rm(assetsDirectory, { recursive: true, force: true });
});

beforeEach(() => {
  gateway.received.length = 0;
  gateway.respondToGraphQL = () => ({ status: 200, body: { data: { hello: 'world' } } });
  gateway.health = {
    status: 200,
    body: { status: 'ok', parts: { gateway: 'ok', identity: 'ok', tenancy: 'ok', modules: 'ok' } },
  };
});

function postJson(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${edge.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/**
 * A POST on a connection of its own (chunked unless a content-length is given). The edge answers an
 * oversized body before reading it, after which the server closes that connection; a pooled fetch
 * connection would be reused by the next test and cut mid-request, which is the client's race, not
 * the edge's behaviour under test.
 */
function postOnFreshConnection(
  path: string,
  chunks: string[],
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${edge.url}${path}`, {
      method: 'POST',
      agent: false,
      headers: { 'content-type': 'application/json', ...headers },
    });
    request.on('response', (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    // A write cut short by the server's close after it answered rejects an already settled promise: a no-op.
    request.on('error', (error) => reject(error));
    for (const chunk of chunks) request.write(chunk);
    request.end();
  });
}

function graphqlRequests(): ReceivedRequest[] {
  return gateway.received.filter((request) => request.path === '/graphql');
}

function claimsOf(request: ReceivedRequest | undefined): Promise<InternalClaims> {
  return verifyInternalToken(verifyingKey, request?.headers.authorization);
}

/** Identity's side of sign-in: company "Acme" has user "ada" with password "correct horse". */
const identity: GraphQLResponder = ({ query, variables }) => {
  if (query.includes('companyIdForSignIn')) {
    return { status: 200, body: { data: { companyIdForSignIn: variables.name === 'Acme' ? 'company-1' : null } } };
  }
  const input = variables.input as { companyId: string | null; username: string; password: string };
  if (input.companyId === 'company-1' && input.username === 'ada' && input.password === 'correct horse') {
    return { status: 200, body: { data: { verifyPassword: { userId: 'user-1', companyId: 'company-1' } } } };
  }
  return {
    status: 200,
    body: {
      data: null,
      errors: [{ message: 'The username, company name or password is incorrect.', extensions: { code: 'BAD_CREDENTIALS' } }],
    },
  };
};

async function signIn(body: unknown): Promise<Response> {
  gateway.respondToGraphQL = identity;
  return postJson('/auth/sign-in', body);
}

/** "name=value" of a Set-Cookie header, and its attributes. */
function splitSetCookie(header: string): { pair: string; attributes: string[] } {
  const [pair = '', ...attributes] = header.split('; ');
  return { pair, attributes };
}

describe('request ids', () => {
  it('gives every response an id and forwards it to the gateway', async () => {
    const response = await postJson('/graphql', { query: '{ hello }' });
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(graphqlRequests()[0]?.headers['x-request-id']).toBe(requestId);
    expect((await claimsOf(graphqlRequests()[0])).requestId).toBe(requestId);

    expect((await fetch(`${edge.url}/no-such-page`)).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps a plain incoming id and replaces a suspicious one', async () => {
    const kept = await postJson('/graphql', { query: '{ hello }' }, { 'x-request-id': 'trace-1234-abcd' });
    expect(kept.headers.get('x-request-id')).toBe('trace-1234-abcd');
    expect(graphqlRequests()[0]?.headers['x-request-id']).toBe('trace-1234-abcd');

    const replaced = await fetch(`${edge.url}/healthz`, { headers: { 'x-request-id': 'x'.repeat(65) } });
    expect(replaced.headers.get('x-request-id')).not.toBe('x'.repeat(65));
  });
});

describe('POST /graphql', () => {
  it('forwards the body with an anonymous internal token and returns the gateway answer as-is', async () => {
    gateway.respondToGraphQL = () => ({
      status: 200,
      body: { data: { hello: 'world' } },
      contentType: 'application/graphql-response+json; charset=utf-8',
    });
    const body = JSON.stringify({ query: 'query Hello { hello }', variables: { a: 1 }, operationName: 'Hello' });
    const response = await postJson('/graphql', body);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    expect(await response.json()).toEqual({ data: { hello: 'world' } });
    const forwarded = graphqlRequests()[0];
    expect(forwarded?.body).toBe(body);
    expect(forwarded?.headers['content-type']).toBe('application/json');
    expect((await claimsOf(forwarded)).principal).toEqual({ scope: 'anonymous' });
  });

  it('passes the gateway status and errors through', async () => {
    const errors = [{ message: 'The GraphQL document is not valid for this API.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }];
    gateway.respondToGraphQL = () => ({ status: 400, body: { errors } });
    const response = await postJson('/graphql', { query: '{ nope }' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors });
  });

  it('never forwards the browser Authorization header', async () => {
    await postJson('/graphql', { query: '{ hello }' }, { authorization: 'Bearer stolen-or-forged' });
    const forwarded = graphqlRequests()[0];
    expect(forwarded?.headers.authorization).not.toContain('stolen-or-forged');
    expect((await claimsOf(forwarded)).principal).toEqual({ scope: 'anonymous' });
  });

  it('refuses bodies over 64 KiB, by Content-Length and by the bytes actually sent', async () => {
    const big = JSON.stringify({ query: `{ hello } # ${'x'.repeat(64 * 1024)}` });
    const declared = await postOnFreshConnection('/graphql', [big], { 'content-length': String(Buffer.byteLength(big)) });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });

    // A chunked body has no Content-Length: the edge must count what it reads. Two halves, so the limit
    // is crossed by the last chunk and the client is not still writing when the 413 arrives.
    const half = ' '.repeat(40 * 1024);
    const streamed = await postOnFreshConnection('/graphql', [half, half]);
    expect(streamed.status).toBe(413);
    expect(graphqlRequests()).toHaveLength(0);
  });

  it('refuses anything but application/json (cross-site form posts)', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await fetch(`${edge.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: '{"query":"{ hello }"}',
      });
      expect(response.status).toBe(415);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }] });
    }
    const withCharset = await postJson('/graphql', { query: '{ hello }' }, { 'content-type': 'application/json; charset=utf-8' });
    expect(withCharset.status).toBe(200);
    expect(graphqlRequests()).toHaveLength(1);
  });

  it('answers malformed JSON with a GraphQL BAD_REQUEST error', async () => {
    const response = await postJson('/graphql', '{"query": ');
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
    expect(typeof body.errors[0]?.message).toBe('string');
    expect(graphqlRequests()).toHaveLength(0);
  });
});

describe('when the gateway is down', () => {
  it('answers 503 SERVICE_UNAVAILABLE naming no host, reports degraded health, and recovers', async () => {
    await gateway.goDown();
    try {
      const response = await postJson('/graphql', { query: '{ hello }' });
      expect(response.status).toBe(503);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({
        errors: [
          { message: 'Part of Lanyard is unavailable right now. Try again in a moment.', extensions: { code: 'SERVICE_UNAVAILABLE' } },
        ],
      });
      expect(text).not.toContain('127.0.0.1');
      expect(text).not.toContain(new URL(gateway.url).port);

      const signInAttempt = await postJson('/auth/sign-in', { username: 'ada', companyName: 'Acme', password: 'pw' });
      expect(signInAttempt.status).toBe(503);
      expect(await signInAttempt.json()).toMatchObject({ error: { code: 'SERVICE_UNAVAILABLE' } });
      expect(signInAttempt.headers.get('set-cookie')).toBeNull();

      const health = await fetch(`${edge.url}/healthz`);
      expect(health.status).toBe(503);
      expect(await health.json()).toEqual({
        status: 'degraded',
        parts: { edge: 'ok', gateway: 'unreachable', identity: 'unknown', tenancy: 'unknown', modules: 'unknown' },
      });
    } finally {
      await gateway.comeBack();
    }
    expect((await postJson('/graphql', { query: '{ hello }' })).status).toBe(200);
  });
});

describe('GET /healthz', () => {
  it('is ok when every part is ok', async () => {
    const response = await fetch(`${edge.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      parts: { edge: 'ok', gateway: 'ok', identity: 'ok', tenancy: 'ok', modules: 'ok' },
    });
  });

  it('is degraded with the reason when a subgraph is down', async () => {
    gateway.health = {
      status: 503,
      body: { status: 'degraded', parts: { gateway: 'ok', identity: 'unreachable', tenancy: 'ok', modules: 'ok' } },
    };
    const response = await fetch(`${edge.url}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: 'degraded',
      parts: { edge: 'ok', gateway: 'ok', identity: 'unreachable', tenancy: 'ok', modules: 'ok' },
    });
  });
});

describe('sign-in and sessions', () => {
  it('signs in, sets the session cookie with exactly the secure attributes, and forwards the session', async () => {
    const response = await signIn({ username: ' ada ', companyName: 'Acme ', password: 'correct horse' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });

    // Both steps ran as the edge itself, never as the (not yet signed-in) browser.
    const [companyStep, passwordStep] = graphqlRequests();
    expect((await claimsOf(companyStep)).principal).toEqual({ scope: 'edge' });
    expect((await claimsOf(passwordStep)).principal).toEqual({ scope: 'edge' });
    expect(JSON.parse(passwordStep?.body ?? '{}').variables).toEqual({
      input: { companyId: 'company-1', username: 'ada', password: 'correct horse' },
    });

    const setCookies = response.headers.getSetCookie();
    expect(setCookies).toHaveLength(1);
    const { pair, attributes } = splitSetCookie(setCookies[0] ?? '');
    expect(pair.startsWith(`${SESSION_COOKIE}=`)).toBe(true);
    expect(attributes.sort()).toEqual(['HttpOnly', 'Max-Age=43200', 'Path=/', 'SameSite=Lax', 'Secure']);
    const token = pair.slice(SESSION_COOKIE.length + 1);
    const { payload } = await jwtVerify(token, new TextEncoder().encode(SESSION_SECRET), { algorithms: ['HS256'] });
    expect(payload).toMatchObject({ sub: 'user-1', cid: 'company-1' });
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(12 * 60 * 60);

    gateway.received.length = 0;
    gateway.respondToGraphQL = () => ({ status: 200, body: { data: { me: { id: 'user-1' } } } });
    await postJson('/graphql', { query: '{ me { id } }' }, { cookie: pair });
    expect((await claimsOf(graphqlRequests()[0])).principal).toEqual({
      scope: 'session',
      userId: 'user-1',
      companyId: 'company-1',
    });
  });

  it('treats a forged session cookie as no session', async () => {
    const forged = await new SignJWT({ cid: 'company-1' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('user-1')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('some-other-secret-of-enough-length-0123456789'));
    await postJson('/graphql', { query: '{ me { id } }' }, { cookie: `${SESSION_COOKIE}=${forged}` });
    expect((await claimsOf(graphqlRequests()[0])).principal).toEqual({ scope: 'anonymous' });
  });

  it('answers an unknown company and a wrong password identically, without a cookie', async () => {
    const unknownCompany = await signIn({ username: 'ada', companyName: 'Nobody Inc', password: 'correct horse' });
    const wrongPassword = await signIn({ username: 'ada', companyName: 'Acme', password: 'wrong' });
    for (const response of [unknownCompany, wrongPassword]) {
      expect(response.status).toBe(401);
      expect(response.headers.get('set-cookie')).toBeNull();
    }
    expect(await unknownCompany.json()).toEqual(GENERIC_CREDENTIALS_ANSWER);
    expect(await wrongPassword.json()).toEqual(GENERIC_CREDENTIALS_ANSWER);

    // The password is verified even for an unknown company, so timing does not reveal company names.
    const passwordSteps = graphqlRequests().filter((request) => request.body.includes('verifyPassword'));
    expect(passwordSteps.map((request) => JSON.parse(request.body).variables.input.companyId)).toEqual([null, 'company-1']);
  });

  it('names the invalid fields and asks identity nothing', async () => {
    const response = await signIn({ username: '   ', companyName: 'Acme', password: '' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; fields: { path: string[] }[] } };
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.fields.map((field) => field.path)).toEqual([['username'], ['password']]);
    expect(graphqlRequests()).toHaveLength(0);
  });

  it('refuses a sign-in that is not JSON', async () => {
    const response = await fetch(`${edge.url}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'username=ada&companyName=Acme&password=correct+horse',
    });
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ error: { code: 'UNSUPPORTED_MEDIA_TYPE' } });
    expect(graphqlRequests()).toHaveLength(0);
  });

  it('answers 503 without a cookie when identity fails unexpectedly', async () => {
    gateway.respondToGraphQL = () => ({
      status: 200,
      body: { data: null, errors: [{ message: 'Something went wrong', extensions: { code: 'INTERNAL_ERROR' } }] },
    });
    const response = await postJson('/auth/sign-in', { username: 'ada', companyName: 'Acme', password: 'x' });
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: { code: 'SERVICE_UNAVAILABLE' } });
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('signs out by clearing the cookie', async () => {
    const response = await fetch(`${edge.url}/auth/sign-out`, { method: 'POST' });
    expect(response.status).toBe(204);
    const { pair, attributes } = splitSetCookie(response.headers.get('set-cookie') ?? '');
    expect(pair).toBe(`${SESSION_COOKIE}=`);
    expect(attributes.sort()).toEqual(['HttpOnly', 'Max-Age=0', 'Path=/', 'SameSite=Lax', 'Secure']);
  });
});

describe('web app and unknown paths', () => {
  it('serves the app shell with security headers on each page the app knows', async () => {
    for (const page of ['/', '/sign-in', '/home', '/index.html']) {
      const response = await fetch(`${edge.url}${page}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<div id="app">');
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('same-origin');
    }
  });

  it('serves built files straight from the assets', async () => {
    const response = await fetch(`${edge.url}/assets/app.js`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log("app");');
  });

  it('answers 404 NOT_FOUND for any other path', async () => {
    for (const path of ['/admin', '/sign-in/extra', '/graphql']) {
      const response = await fetch(`${edge.url}${path}`);
      expect(response.status).toBe(404);
      const body = await response.text();
      expect(body).toContain('NOT_FOUND');
    }
    expect(await (await fetch(`${edge.url}/admin`)).json()).toEqual({
      error: { code: 'NOT_FOUND', message: 'There is nothing at this address.' },
    });
  });
});
