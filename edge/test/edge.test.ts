import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, exportJWK, generateKeyPair, jwtVerify, type CryptoKey } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verifyInternalToken, type InternalClaims } from '@lanyard/core/internalToken';
import { startEdge, type RunningEdge } from '../../scripts/startEdge.ts';
import { derivePendingSignInKey } from '../pendingSignIn.ts';
import {
  startFakeGateway,
  type FakeGateway,
  type GatewayAnswer,
  type GraphQLResponder,
  type ReceivedRequest,
} from './fakeGateway.ts';

/**
 * The real edge worker in workerd (through scripts/startEdge.ts), in front of a stand-in gateway that
 * speaks the gateway's wire contract. Each test asserts what a browser, an attacker or the gateway sees.
 */

const SESSION_SECRET = 'test-session-secret-that-is-long-enough-0123456789';
const SESSION_COOKIE = '__Host-lanyard_session';
const PENDING_COOKIE = '__Host-lanyard_pending';
const GENERIC_CREDENTIALS_ANSWER = {
  error: { code: 'BAD_CREDENTIALS', message: 'The username, company name or password is incorrect.' },
};
const BAD_SECOND_FACTOR_ANSWER = {
  error: {
    code: 'BAD_SECOND_FACTOR',
    message: 'That code is not valid. Check your authenticator app, or use one of your recovery codes.',
  },
};
const SIGN_IN_EXPIRED_ANSWER = {
  error: { code: 'SIGN_IN_EXPIRED', message: 'Your sign-in has expired. Start again with your username and company name.' },
};

let edge: RunningEdge;
let gateway: FakeGateway;
let verifyingKey: CryptoKey;
/** The key the edge signs pending sign-ins with, derived from SESSION_SECRET as the edge derives it. */
let pendingKey: CryptoKey;
let assetsDirectory: string;

beforeAll(async () => {
  const keys = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  verifyingKey = keys.publicKey;
  pendingKey = await derivePendingSignInKey(SESSION_SECRET);
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
  gateway.companySecurity = {};
  gateway.ipAccessEvents.length = 0;
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

/**
 * The GraphQL requests the edge sent, but for its reads of a company's security settings and its
 * records of refused addresses, which accompany sign-ins and session requests (fakeGateway answers them).
 */
function graphqlRequests(): ReceivedRequest[] {
  return gateway.received.filter(
    (request) =>
      request.path === '/graphql' && !request.body.includes('securitySettingsForEdge') && !request.body.includes('recordIpAccessEvent'),
  );
}

function claimsOf(request: ReceivedRequest | undefined): Promise<InternalClaims> {
  return verifyInternalToken(verifyingKey, request?.headers.authorization);
}

function graphqlError(code: string, message: string): GatewayAnswer {
  return { status: 200, body: { data: null, errors: [{ message, extensions: { code } }] } };
}

/**
 * Identity's side of sign-in. Company "Acme" has two users with the password "correct horse": "ada"
 * (user-1) has an authenticator whose current code is 123456 and an unused recovery code abcde-12345;
 * "newbie" (user-2) has none yet, and 654321 confirms the authenticator they set up.
 */
const identity: GraphQLResponder = ({ query, variables }) => {
  const input = (variables.input ?? {}) as Record<string, unknown>;
  if (query.includes('companyForSignIn')) {
    const company = String(variables.name).toLowerCase() === 'acme' ? { id: 'company-1', name: 'Acme' } : null;
    return { status: 200, body: { data: { companyForSignIn: company } } };
  }
  if (query.includes('verifyPassword')) {
    const users: Record<string, { userId: string; role: string; secondFactor: string }> = {
      ada: { userId: 'user-1', role: 'MASTER', secondFactor: 'TOTP' },
      newbie: { userId: 'user-2', role: 'USER', secondFactor: 'ENROLMENT_REQUIRED' },
    };
    const user = users[String(input.username)];
    if (input.companyId === 'company-1' && user && input.password === 'correct horse') {
      return { status: 200, body: { data: { verifyPassword: { ...user, companyId: 'company-1' } } } };
    }
    return graphqlError('BAD_CREDENTIALS', 'The username, company name or password is incorrect.');
  }
  if (query.includes('verifySecondFactor')) {
    if (input.userId === 'user-1' && input.code === '123456') {
      return { status: 200, body: { data: { verifySecondFactor: { method: 'TOTP', recoveryCodesRemaining: null } } } };
    }
    if (input.userId === 'user-1' && input.code === 'abcde-12345') {
      return { status: 200, body: { data: { verifySecondFactor: { method: 'RECOVERY_CODE', recoveryCodesRemaining: 9 } } } };
    }
    return graphqlError('BAD_SECOND_FACTOR', 'identity may word this differently');
  }
  if (query.includes('startTotpEnrolment')) {
    if (input.userId === 'user-2') return { status: 200, body: { data: { startTotpEnrolment: ENROLMENT } } };
    return graphqlError('SECOND_FACTOR_ALREADY_SET_UP', 'identity may word this differently');
  }
  if (query.includes('confirmTotpEnrolment')) {
    if (input.userId === 'user-2' && input.code === '654321') {
      return { status: 200, body: { data: { confirmTotpEnrolment: { recoveryCodes: RECOVERY_CODES } } } };
    }
    return graphqlError('BAD_SECOND_FACTOR', 'identity may word this differently');
  }
  return graphqlError('GRAPHQL_VALIDATION_FAILED', 'The GraphQL document is not valid for this API.');
};

const ENROLMENT = {
  otpauthUri: 'otpauth://totp/Lanyard:Acme%2Fnewbie?secret=JBSWY3DPEHPK3PXP&issuer=Lanyard',
  manualEntryKey: 'JBSW Y3DP EHPK 3PXP',
  qrCodeSvg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
};
const RECOVERY_CODES = Array.from({ length: 10 }, (_, index) => `code${index}-12345`);

async function signIn(body: unknown): Promise<Response> {
  gateway.respondToGraphQL = identity;
  return postJson('/auth/sign-in', body);
}

/** "name=value" of a Set-Cookie header, and its attributes. */
function splitSetCookie(header: string): { pair: string; attributes: string[] } {
  const [pair = '', ...attributes] = header.split('; ');
  return { pair, attributes };
}

/** Every cookie a response sets, by name: its value and its attributes (sorted). */
function cookiesSet(response: Response): Record<string, { value: string; attributes: string[] }> {
  const cookies: Record<string, { value: string; attributes: string[] }> = {};
  for (const header of response.headers.getSetCookie()) {
    const { pair, attributes } = splitSetCookie(header);
    const separator = pair.indexOf('=');
    cookies[pair.slice(0, separator)] = { value: pair.slice(separator + 1), attributes: attributes.sort() };
  }
  return cookies;
}

/** The password step for a user of Acme; returns the pending sign-in as a `cookie:` pair and forgets the gateway calls. */
async function passwordStep(username: 'ada' | 'newbie'): Promise<string> {
  const response = await signIn({ username, companyName: 'Acme', password: 'correct horse' });
  expect(response.status).toBe(200);
  const pending = cookiesSet(response)[PENDING_COOKIE]?.value;
  expect(pending).toBeTruthy();
  gateway.received.length = 0;
  return `${PENDING_COOKIE}=${pending}`;
}

/** A pending sign-in token made outside the edge: with the right key it is what the edge would sign. */
async function craftPendingToken(
  key: CryptoKey | Uint8Array,
  options: { stage?: string; expiresAt?: number; typ?: string } = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ cid: 'company-1', stage: options.stage ?? 'SECOND_FACTOR', company: 'Acme', usr: 'ada', role: 'MASTER' })
    .setProtectedHeader({ alg: 'HS256', typ: options.typ ?? 'lanyard-pending-sign-in+jwt' })
    .setSubject('user-1')
    .setIssuedAt(now - 60)
    .setExpirationTime(options.expiresAt ?? now + 540)
    .sign(key);
}

/** A real session of ada's, begun through both sign-in steps; answers the cookie pair. */
async function signedInSession(): Promise<string> {
  gateway.respondToGraphQL = identity;
  const pending = await passwordStep('ada');
  const response = await postJson('/auth/second-factor', { code: '123456' }, { cookie: pending });
  expect(response.status).toBe(200);
  return `${SESSION_COOKIE}=${cookiesSet(response)[SESSION_COOKIE]?.value}`;
}

async function principalForCookie(cookie: string): Promise<InternalClaims['principal']> {
  gateway.received.length = 0;
  gateway.respondToGraphQL = () => ({ status: 200, body: { data: { me: null } } });
  await postJson('/graphql', { query: '{ me { id } }' }, { cookie });
  return (await claimsOf(graphqlRequests()[0])).principal;
}

/** The variables of the one operation the edge sent whose text mentions `field`, after checking it ran as the edge. */
async function edgeOperation(field: string): Promise<Record<string, unknown>> {
  const matching = graphqlRequests().filter((request) => request.body.includes(field));
  expect(matching).toHaveLength(1);
  expect((await claimsOf(matching[0])).principal).toEqual({ scope: 'edge' });
  return (JSON.parse(matching[0]?.body ?? '{}') as { variables: Record<string, unknown> }).variables;
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

      // A module's server asking for tokens hears OAuth's "try again later", not a bare error.
      const token = await fetch(`${edge.url}/oauth2/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${btoa('lanyard-some-client:secret')}` },
        body: 'grant_type=refresh_token&refresh_token=whatever',
      });
      expect(token.status).toBe(503);
      expect(token.headers.get('retry-after')).toBe('5');
      expect(await token.json()).toEqual({ error: 'temporarily_unavailable', error_description: 'Lanyard cannot answer right now; try again in a moment.' });

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

describe('sign-in: the password step', () => {
  it('starts a pending sign-in with exactly the secure attributes, and never a session', async () => {
    // Typed in another case: the pending sign-in (and then the session) keeps the company's own spelling.
    const response = await signIn({ username: ' ada ', companyName: 'ACME ', password: 'correct horse' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ next: 'SECOND_FACTOR' });
    expect(response.headers.get('cache-control')).toBe('no-store');

    // Both steps ran as the edge itself, never as the (not yet signed-in) browser.
    const [companyStep, passwordStep] = graphqlRequests();
    expect((await claimsOf(companyStep)).principal).toEqual({ scope: 'edge' });
    expect((await claimsOf(passwordStep)).principal).toEqual({ scope: 'edge' });
    expect(JSON.parse(passwordStep?.body ?? '{}').variables).toEqual({
      input: { companyId: 'company-1', username: 'ada', password: 'correct horse' },
    });

    // The only session cookie is the one that clears whatever session this browser had before.
    const cookies = cookiesSet(response);
    expect(Object.keys(cookies).sort()).toEqual([PENDING_COOKIE, SESSION_COOKIE]);
    expect(cookies[SESSION_COOKIE]).toEqual({
      value: '',
      attributes: ['HttpOnly', 'Max-Age=0', 'Path=/', 'SameSite=Lax', 'Secure'],
    });
    const pending = cookies[PENDING_COOKIE];
    expect(pending?.attributes).toEqual(['HttpOnly', 'Max-Age=600', 'Path=/', 'SameSite=Lax', 'Secure']);
    const { payload, protectedHeader } = await jwtVerify(pending?.value ?? '', pendingKey, { algorithms: ['HS256'] });
    expect(protectedHeader.typ).toBe('lanyard-pending-sign-in+jwt');
    expect(payload).toMatchObject({ sub: 'user-1', cid: 'company-1', stage: 'SECOND_FACTOR', company: 'Acme', role: 'MASTER' });
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(10 * 60);
    // Not signed with the session key.
    await expect(jwtVerify(pending?.value ?? '', new TextEncoder().encode(SESSION_SECRET))).rejects.toThrow();
  });

  it('sends a user without an authenticator to enrolment', async () => {
    const response = await signIn({ username: 'newbie', companyName: 'Acme', password: 'correct horse' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ next: 'ENROL_SECOND_FACTOR' });
    const { payload } = await jwtVerify(cookiesSet(response)[PENDING_COOKIE]?.value ?? '', pendingKey);
    expect(payload).toMatchObject({ sub: 'user-2', stage: 'ENROLMENT', company: 'Acme' });
  });

  it('answers an unknown company and a wrong password identically, without a cookie', async () => {
    const unknownCompany = await signIn({ username: 'ada', companyName: 'Nobody Inc', password: 'correct horse' });
    const wrongPassword = await signIn({ username: 'ada', companyName: 'Acme', password: 'wrong' });
    for (const response of [unknownCompany, wrongPassword]) {
      expect(response.status).toBe(401);
      expect(response.headers.get('set-cookie')).toBeNull();
      expect(response.headers.get('cache-control')).toBe('no-store');
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
    gateway.respondToGraphQL = () => graphqlError('INTERNAL_ERROR', 'Something went wrong');
    const response = await postJson('/auth/sign-in', { username: 'ada', companyName: 'Acme', password: 'x' });
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: { code: 'SERVICE_UNAVAILABLE' } });
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('answers 503 without a cookie when identity does not say what comes next', async () => {
    gateway.respondToGraphQL = (request) =>
      request.query.includes('verifyPassword')
        ? { status: 200, body: { data: { verifyPassword: { userId: 'user-1', companyId: 'company-1', secondFactor: 'SMS' } } } }
        : identity(request);
    const response = await postJson('/auth/sign-in', { username: 'ada', companyName: 'Acme', password: 'correct horse' });
    expect(response.status).toBe(503);
    expect(response.headers.get('set-cookie')).toBeNull();
  });
});

describe('sign-in: the second factor', () => {
  it('begins the session on a correct code, ends the pending sign-in, and the session reaches the graph', async () => {
    const pending = await passwordStep('ada');
    // A userId in the body is ignored: whose code it is comes only from the pending sign-in.
    const response = await postJson('/auth/second-factor', { code: ' 123456 ', userId: 'user-2' }, { cookie: pending });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, method: 'TOTP' });
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await edgeOperation('verifySecondFactor')).toEqual({ input: { userId: 'user-1', code: '123456' } });

    const cookies = cookiesSet(response);
    expect(cookies[PENDING_COOKIE]).toEqual({
      value: '',
      attributes: ['HttpOnly', 'Max-Age=0', 'Path=/', 'SameSite=Lax', 'Secure'],
    });
    const session = cookies[SESSION_COOKIE];
    expect(session?.attributes).toEqual(['HttpOnly', 'Max-Age=43200', 'Path=/', 'SameSite=Lax', 'Secure']);
    // An opaque 256-bit id: nothing about the user is in the cookie, it only names the session's object.
    expect(session?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(session?.value).not.toContain('.');

    expect(await principalForCookie(`${SESSION_COOKIE}=${session?.value}`)).toEqual({
      scope: 'session',
      userId: 'user-1',
      companyId: 'company-1',
      companyName: 'Acme',
      role: 'MASTER',
    });
  });

  it('accepts a recovery code and says how many remain', async () => {
    const pending = await passwordStep('ada');
    const response = await postJson('/auth/second-factor', { code: 'abcde-12345' }, { cookie: pending });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, method: 'RECOVERY_CODE', recoveryCodesRemaining: 9 });
    expect(cookiesSet(response)[SESSION_COOKIE]?.value).toBeTruthy();
  });

  it('refuses a wrong code with the catalog sentence, sets no cookie, and lets the person try again', async () => {
    const pending = await passwordStep('ada');
    const wrong = await postJson('/auth/second-factor', { code: '000000' }, { cookie: pending });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual(BAD_SECOND_FACTOR_ANSWER);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    expect(wrong.headers.get('cache-control')).toBe('no-store');

    const right = await postJson('/auth/second-factor', { code: '123456' }, { cookie: pending });
    expect(right.status).toBe(200);
    expect(cookiesSet(right)[SESSION_COOKIE]?.value).toBeTruthy();
  });

  it('answers SIGN_IN_EXPIRED without asking identity when the pending sign-in is missing, forged, expired or a session', async () => {
    const now = Math.floor(Date.now() / 1000);
    const otherKey = await derivePendingSignInKey('some-other-secret-of-enough-length-0123456789');
    const refused = {
      missing: undefined,
      garbage: `${PENDING_COOKIE}=not-a-token`,
      forged: `${PENDING_COOKIE}=${await craftPendingToken(otherKey)}`,
      'signed with the session key': `${PENDING_COOKIE}=${await craftPendingToken(new TextEncoder().encode(SESSION_SECRET))}`,
      'of another token type': `${PENDING_COOKIE}=${await craftPendingToken(pendingKey, { typ: 'JWT' })}`,
      expired: `${PENDING_COOKIE}=${await craftPendingToken(pendingKey, { expiresAt: now - 1 })}`,
      'a session id': `${PENDING_COOKIE}=${(await signedInSession()).slice(SESSION_COOKIE.length + 1)}`,
      'a session cookie alone': await signedInSession(),
    };
    gateway.received.length = 0;
    for (const [what, cookie] of Object.entries(refused)) {
      const response = await postJson('/auth/second-factor', { code: '123456' }, cookie ? { cookie } : {});
      expect(response.status, what).toBe(401);
      expect(await response.json(), what).toEqual(SIGN_IN_EXPIRED_ANSWER);
      expect(response.headers.get('set-cookie'), what).toBeNull();
      expect(response.headers.get('cache-control'), what).toBe('no-store');
    }
    expect(graphqlRequests()).toHaveLength(0);

    // The same crafting with the right key and a future expiry is accepted: the refusals above are for
    // exactly the flaw each one names.
    gateway.respondToGraphQL = identity;
    const genuine = await postJson('/auth/second-factor', { code: '123456' }, { cookie: `${PENDING_COOKIE}=${await craftPendingToken(pendingKey)}` });
    expect(genuine.status).toBe(200);
  });

  it('never takes a pending sign-in for a session', async () => {
    const pending = await passwordStep('ada');
    const token = pending.slice(PENDING_COOKIE.length + 1);
    expect(await principalForCookie(`${SESSION_COOKIE}=${token}`)).toEqual({ scope: 'anonymous' });
    expect(await principalForCookie(pending)).toEqual({ scope: 'anonymous' });
  });

  it('refuses a pending sign-in that must enrol first', async () => {
    const pending = await passwordStep('newbie');
    const response = await postJson('/auth/second-factor', { code: '654321' }, { cookie: pending });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual(SIGN_IN_EXPIRED_ANSWER);
    expect(graphqlRequests()).toHaveLength(0);
  });

  it('names a missing code and asks identity nothing', async () => {
    const pending = await passwordStep('ada');
    const response = await postJson('/auth/second-factor', { code: '  ' }, { cookie: pending });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED', fields: [{ path: ['code'] }] } });
    expect((await postJson('/auth/second-factor', { code: '1'.repeat(65) }, { cookie: pending })).status).toBe(400);
    expect(graphqlRequests()).toHaveLength(0);
  });

  it('refuses a code that is not JSON (a cross-site form post)', async () => {
    const pending = await passwordStep('ada');
    const response = await fetch(`${edge.url}/auth/second-factor`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: pending },
      body: '{"code":"123456"}',
    });
    expect(response.status).toBe(415);
    expect(graphqlRequests()).toHaveLength(0);
  });

  it('answers 503 without a session when identity fails unexpectedly', async () => {
    const pending = await passwordStep('ada');
    gateway.respondToGraphQL = () => graphqlError('INTERNAL_ERROR', 'Something went wrong');
    const response = await postJson('/auth/second-factor', { code: '123456' }, { cookie: pending });
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: { code: 'SERVICE_UNAVAILABLE' } });
    expect(response.headers.get('set-cookie')).toBeNull();
  });
});

describe('sign-in: enrolling an authenticator', () => {
  it('shows the new authenticator, confirms it with a code, hands out recovery codes and begins the session', async () => {
    const pending = await passwordStep('newbie');
    const started = await postJson('/auth/enrolment', { userId: 'user-1', companyName: 'Evil' }, { cookie: pending });
    expect(started.status).toBe(200);
    expect(await started.json()).toEqual(ENROLMENT);
    expect(started.headers.get('set-cookie')).toBeNull();
    expect(started.headers.get('cache-control')).toBe('no-store');
    // The user and the label's company come from the pending sign-in, never from the body.
    expect(await edgeOperation('startTotpEnrolment')).toEqual({ input: { userId: 'user-2', companyName: 'Acme' } });

    gateway.received.length = 0;
    const wrong = await postJson('/auth/enrolment/confirm', { code: '000000' }, { cookie: pending });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual(BAD_SECOND_FACTOR_ANSWER);
    expect(wrong.headers.get('set-cookie')).toBeNull();

    gateway.received.length = 0;
    const confirmed = await postJson('/auth/enrolment/confirm', { code: '654321', userId: 'user-1' }, { cookie: pending });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.json()).toEqual({ recoveryCodes: RECOVERY_CODES });
    expect(confirmed.headers.get('cache-control')).toBe('no-store');
    expect(await edgeOperation('confirmTotpEnrolment')).toEqual({ input: { userId: 'user-2', code: '654321' } });

    const cookies = cookiesSet(confirmed);
    expect(cookies[PENDING_COOKIE]?.value).toBe('');
    expect(cookies[PENDING_COOKIE]?.attributes).toContain('Max-Age=0');
    expect(cookies[SESSION_COOKIE]?.attributes).toEqual(['HttpOnly', 'Max-Age=43200', 'Path=/', 'SameSite=Lax', 'Secure']);
    expect(await principalForCookie(`${SESSION_COOKIE}=${cookies[SESSION_COOKIE]?.value}`)).toEqual({
      scope: 'session',
      userId: 'user-2',
      companyId: 'company-1',
      companyName: 'Acme',
      role: 'USER',
    });
  });

  it('says so when the authenticator is already set up', async () => {
    const pending = `${PENDING_COOKIE}=${await craftPendingToken(pendingKey, { stage: 'ENROLMENT' })}`;
    gateway.respondToGraphQL = identity;
    const response = await postJson('/auth/enrolment', {}, { cookie: pending });
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({
      error: {
        code: 'SECOND_FACTOR_ALREADY_SET_UP',
        message: 'Two-factor authentication is already set up for this account. Sign in with your code.',
      },
    });
  });

  it('refuses a pending sign-in that is at the second-factor stage, or none at all', async () => {
    const pending = await passwordStep('ada');
    for (const cookie of [pending, undefined]) {
      for (const [path, body] of [
        ['/auth/enrolment', {}],
        ['/auth/enrolment/confirm', { code: '654321' }],
      ] as const) {
        const response = await postJson(path, body, cookie ? { cookie } : {});
        expect(response.status).toBe(401);
        expect(await response.json()).toEqual(SIGN_IN_EXPIRED_ANSWER);
      }
    }
    expect(graphqlRequests()).toHaveLength(0);
  });

  it('answers 503 when identity fails unexpectedly', async () => {
    const pending = await passwordStep('newbie');
    gateway.respondToGraphQL = () => graphqlError('INTERNAL_ERROR', 'Something went wrong');
    const started = await postJson('/auth/enrolment', {}, { cookie: pending });
    expect(started.status).toBe(503);
    const confirmed = await postJson('/auth/enrolment/confirm', { code: '654321' }, { cookie: pending });
    expect(confirmed.status).toBe(503);
    expect(confirmed.headers.get('set-cookie')).toBeNull();
  });
});

/**
 * Identity's side of sign-up links. SIGN_UP_TOKEN is a valid link for "grace" at Acme; any other token is
 * unknown, used or expired. A password is accepted unless it lacks a digit or is "Password1!", which
 * only the server's common-password list knows.
 */
const SIGN_UP_TOKEN = 'dGhpcy1pcy1hLXNpZ24tdXAtdG9rZW4_42';
const SIGN_UP_LINK_INVALID_ANSWER = {
  error: {
    code: 'SIGN_UP_LINK_INVALID',
    message: 'This sign-up link has expired or was already used. Ask your administrator to send you a new invitation.',
  },
};

const signUpIdentity: GraphQLResponder = ({ query, variables }) => {
  const input = (variables.input ?? {}) as Record<string, unknown>;
  if (query.includes('signUpInvitation')) {
    if (variables.token !== SIGN_UP_TOKEN) return graphqlError('SIGN_UP_LINK_INVALID', 'identity may word this differently');
    return {
      status: 200,
      body: { data: { signUpInvitation: { username: 'grace', displayName: 'Grace Hopper', companyName: 'Acme', passwordPolicy: { minLength: 12, maxLength: 128 } } } },
    };
  }
  if (query.includes('completeSignUp')) {
    if (input.token !== SIGN_UP_TOKEN) return graphqlError('SIGN_UP_LINK_INVALID', 'identity may word this differently');
    const failed = [
      ...(/\d/.test(String(input.password)) ? [] : ['At least one digit']),
      ...(input.password === 'Password1!' ? ['Is not a commonly used password'] : []),
    ];
    if (failed.length > 0) {
      return {
        status: 200,
        body: {
          data: null,
          errors: [
            {
              message: 'Some fields are not valid.',
              extensions: { code: 'VALIDATION_FAILED', fields: failed.map((message) => ({ path: ['input', 'password'], message })) },
            },
          ],
        },
      };
    }
    return { status: 200, body: { data: { completeSignUp: { username: 'grace', companyName: 'Acme' } } } };
  }
  return graphqlError('GRAPHQL_VALIDATION_FAILED', 'The GraphQL document is not valid for this API.');
};

describe('sign-up links', () => {
  beforeEach(() => {
    gateway.respondToGraphQL = signUpIdentity;
  });

  it('says who a valid link is for, asking identity as the edge', async () => {
    const response = await postJson('/auth/sign-up/invitation', { token: SIGN_UP_TOKEN });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      username: 'grace',
      displayName: 'Grace Hopper',
      companyName: 'Acme',
      passwordPolicy: { minLength: 12, maxLength: 128 },
    });
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('set-cookie')).toBeNull();
    const [lookup] = graphqlRequests();
    expect((await claimsOf(lookup)).principal).toEqual({ scope: 'edge' });
    expect(JSON.parse(lookup?.body ?? '{}').variables).toEqual({ token: SIGN_UP_TOKEN });
  });

  it('passes on an unknown, used or expired link as SIGN_UP_LINK_INVALID (410) with the catalog sentence', async () => {
    const other = 'b'.repeat(43);
    const lookup = await postJson('/auth/sign-up/invitation', { token: other });
    const completion = await postJson('/auth/sign-up', { token: other, password: 'Str0ng pass!' });
    for (const response of [lookup, completion]) {
      expect(response.status).toBe(410);
      expect(await response.json()).toEqual(SIGN_UP_LINK_INVALID_ANSWER);
      expect(response.headers.get('set-cookie')).toBeNull();
    }
  });

  it('refuses a malformed token without asking identity', async () => {
    for (const token of ['short', 'a'.repeat(201), `${'a'.repeat(30)}==`, `${'a'.repeat(30)}+/`, 42]) {
      const lookup = await postJson('/auth/sign-up/invitation', { token });
      expect(lookup.status).toBe(400);
      const body = (await lookup.json()) as { error: { code: string; fields: { path: string[] }[] } };
      expect(body.error.code).toBe('VALIDATION_FAILED');
      expect(body.error.fields.map((field) => field.path)).toEqual([['token']]);
      const completion = await postJson('/auth/sign-up', { token, password: 'Str0ng pass!' });
      expect(completion.status).toBe(400);
    }
    const missingPassword = await postJson('/auth/sign-up', { token: SIGN_UP_TOKEN });
    expect(((await missingPassword.json()) as { error: { fields: { path: string[] }[] } }).error.fields).toEqual([
      { path: ['password'], message: 'Choose a password.' },
    ]);
    const tooLong = await postJson('/auth/sign-up', { token: SIGN_UP_TOKEN, password: 'A1!'.repeat(342) });
    expect(tooLong.status).toBe(400);
    expect(graphqlRequests()).toHaveLength(0);
  });

  it('sets the password as the edge and signs nobody in', async () => {
    const response = await postJson('/auth/sign-up', { token: SIGN_UP_TOKEN, password: 'Str0ng pass!' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ username: 'grace', companyName: 'Acme' });
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('no-store');
    const [completion] = graphqlRequests();
    expect((await claimsOf(completion)).principal).toEqual({ scope: 'edge' });
    expect(JSON.parse(completion?.body ?? '{}').variables).toEqual({ input: { token: SIGN_UP_TOKEN, password: 'Str0ng pass!' } });
  });

  it("names each failed policy rule under the body's password field", async () => {
    const noDigit = await postJson('/auth/sign-up', { token: SIGN_UP_TOKEN, password: 'Strong pass!' });
    expect(noDigit.status).toBe(400);
    expect(await noDigit.json()).toEqual({
      error: { code: 'VALIDATION_FAILED', message: 'Some fields are not valid.', fields: [{ path: ['password'], message: 'At least one digit' }] },
    });
    const common = await postJson('/auth/sign-up', { token: SIGN_UP_TOKEN, password: 'Password1!' });
    expect(((await common.json()) as { error: { fields: unknown } }).error.fields).toEqual([
      { path: ['password'], message: 'Is not a commonly used password' },
    ]);
    expect(common.headers.get('set-cookie')).toBeNull();
  });

  it('answers 503 when identity fails unexpectedly or answers without the user', async () => {
    gateway.respondToGraphQL = () => graphqlError('INTERNAL_ERROR', 'Something went wrong');
    const lookup = await postJson('/auth/sign-up/invitation', { token: SIGN_UP_TOKEN });
    expect(lookup.status).toBe(503);
    expect(await lookup.json()).toMatchObject({ error: { code: 'SERVICE_UNAVAILABLE' } });
    gateway.respondToGraphQL = () => ({ status: 200, body: { data: { completeSignUp: null } } });
    const completion = await postJson('/auth/sign-up', { token: SIGN_UP_TOKEN, password: 'Str0ng pass!' });
    expect(completion.status).toBe(503);
  });

  it('refuses a sign-up that is not JSON (a cross-site form post)', async () => {
    const response = await fetch(`${edge.url}/auth/sign-up`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `token=${SIGN_UP_TOKEN}&password=Str0ng+pass!`,
    });
    expect(response.status).toBe(415);
    expect(graphqlRequests()).toHaveLength(0);
  });
});

/**
 * Identity and tenancy's side of "Can't log in?". "Acme" is the only company (id company-1); an email has
 * accounts only when it is grace@example.com (in company-1 and company-2). RESET_TOKEN is a valid reset
 * link for "grace" at Acme; a password without a digit fails the policy.
 */
const RESET_TOKEN = 'cmVzZXQtdG9rZW4tZm9yLWdyYWNlLWF0LWFjbWU';
const RESET_LINK_INVALID_ANSWER = {
  error: {
    code: 'RESET_LINK_INVALID',
    message: 'This password reset link has expired or was already used. Ask for a new one from the sign-in page.',
  },
};

const recoveryIdentity: GraphQLResponder = ({ query, variables }) => {
  const input = (variables.input ?? {}) as Record<string, unknown>;
  const answer = (data: unknown): GatewayAnswer => ({ status: 200, body: { data } });
  if (query.includes('companyForSignIn')) {
    return answer({ companyForSignIn: String(variables.name).toLowerCase() === 'acme' ? { id: 'company-1', name: 'Acme' } : null });
  }
  if (query.includes('requestPasswordReset')) return answer({ requestPasswordReset: true });
  if (query.includes('companyIdsForEmail')) {
    return answer({ companyIdsForEmail: variables.email === 'grace@example.com' ? ['company-1', 'company-2'] : [] });
  }
  if (query.includes('companyNames')) return answer({ companyNames: ['Acme', 'Globex'] });
  if (query.includes('sendCompanyNamesReminder')) return answer({ sendCompanyNamesReminder: true });
  if (query.includes('passwordResetLink')) {
    if (variables.token !== RESET_TOKEN) return graphqlError('RESET_LINK_INVALID', 'identity may word this differently');
    return answer({ passwordResetLink: { username: 'grace', companyName: 'Acme', passwordPolicy: { minLength: 8, maxLength: 128 } } });
  }
  if (query.includes('completePasswordReset')) {
    if (input.token !== RESET_TOKEN) return graphqlError('RESET_LINK_INVALID', 'identity may word this differently');
    if (!/\d/.test(String(input.password))) {
      return {
        status: 200,
        body: {
          data: null,
          errors: [
            {
              message: 'Some fields are not valid.',
              extensions: { code: 'VALIDATION_FAILED', fields: [{ path: ['input', 'password'], message: 'At least one digit' }] },
            },
          ],
        },
      };
    }
    return answer({ completePasswordReset: { username: 'grace', companyName: 'Acme' } });
  }
  return graphqlError('GRAPHQL_VALIDATION_FAILED', 'The GraphQL document is not valid for this API.');
};

/** The work after a 202 runs in waitUntil: poll until the gateway has seen `count` requests (then a little more). */
async function settledGraphqlRequests(count: number): Promise<ReceivedRequest[]> {
  const deadline = Date.now() + 5000;
  while (graphqlRequests().length < count && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  // Long enough for a step that should not come to show up.
  await new Promise((resolve) => setTimeout(resolve, 150));
  return graphqlRequests();
}

async function operationsOf(requests: ReceivedRequest[]): Promise<{ query: string; variables: unknown; principal: unknown }[]> {
  return Promise.all(
    requests.map(async (request) => {
      const body = JSON.parse(request.body) as { query: string; variables: unknown };
      return { query: body.query, variables: body.variables, principal: (await claimsOf(request)).principal };
    }),
  );
}

async function rawAnswer(response: Response): Promise<{ status: number; contentType: string | null; body: string }> {
  return { status: response.status, contentType: response.headers.get('content-type'), body: await response.text() };
}

describe("can't log in", () => {
  beforeEach(() => {
    gateway.respondToGraphQL = recoveryIdentity;
  });

  it('answers a forgotten password with the same 202, byte for byte, for known and unknown accounts', async () => {
    const known = await postJson('/auth/forgot-password', { username: 'grace', companyName: 'Acme' });
    expect(known.headers.get('set-cookie')).toBeNull();
    expect(known.headers.get('cache-control')).toBe('no-store');
    const knownAnswer = await rawAnswer(known);
    expect(knownAnswer.status).toBe(202);
    expect(JSON.parse(knownAnswer.body)).toEqual({
      message: 'If an account matches, we sent an email with a link to choose a new password.',
    });
    await settledGraphqlRequests(2);
    for (const body of [
      { username: 'nobody', companyName: 'Acme' },
      { username: 'grace', companyName: 'No Such Company' },
    ]) {
      gateway.received.length = 0;
      expect(await rawAnswer(await postJson('/auth/forgot-password', body))).toEqual(knownAnswer);
      await settledGraphqlRequests(2);
    }
    // The answer does not wait for identity: a gateway that never answers properly changes nothing.
    gateway.respondToGraphQL = () => graphqlError('INTERNAL_ERROR', 'Something went wrong');
    expect(await rawAnswer(await postJson('/auth/forgot-password', { username: 'grace', companyName: 'Acme' }))).toEqual(knownAnswer);
    await settledGraphqlRequests(1);
  });

  it('after the answer, resolves the company and asks identity for a reset as the edge (companyId null when unknown)', async () => {
    await postJson('/auth/forgot-password', { username: ' grace ', companyName: ' Acme ' });
    expect(await operationsOf(await settledGraphqlRequests(2))).toEqual([
      { query: expect.stringContaining('companyForSignIn'), variables: { name: 'Acme' }, principal: { scope: 'edge' } },
      {
        query: expect.stringContaining('requestPasswordReset'),
        variables: { input: { companyId: 'company-1', companyName: 'Acme', username: 'grace' } },
        principal: { scope: 'edge' },
      },
    ]);
    gateway.received.length = 0;
    await postJson('/auth/forgot-password', { username: 'grace', companyName: 'Initech' });
    const [, reset] = await operationsOf(await settledGraphqlRequests(2));
    expect(reset?.variables).toEqual({ input: { companyId: null, companyName: 'Initech', username: 'grace' } });
  });

  it('answers a forgotten company name with the same 202, byte for byte, whether or not the address has accounts', async () => {
    const known = await rawAnswer(await postJson('/auth/forgot-company', { email: 'grace@example.com' }));
    expect(known.status).toBe(202);
    expect(JSON.parse(known.body)).toEqual({ message: 'If that address has an account, we sent an email listing your companies.' });
    expect(await operationsOf(await settledGraphqlRequests(3))).toEqual([
      { query: expect.stringContaining('companyIdsForEmail'), variables: { email: 'grace@example.com' }, principal: { scope: 'edge' } },
      { query: expect.stringContaining('companyNames'), variables: { ids: ['company-1', 'company-2'] }, principal: { scope: 'edge' } },
      {
        query: expect.stringContaining('sendCompanyNamesReminder'),
        variables: { input: { email: 'grace@example.com', companyNames: ['Acme', 'Globex'] } },
        principal: { scope: 'edge' },
      },
    ]);
    gateway.received.length = 0;
    expect(await rawAnswer(await postJson('/auth/forgot-company', { email: 'nobody@example.com' }))).toEqual(known);
    // No account: identity is asked, and nothing more happens.
    const unknown = await operationsOf(await settledGraphqlRequests(1));
    expect(unknown.map((operation) => operation.query)).toEqual([expect.stringContaining('companyIdsForEmail')]);
  });

  it('refuses malformed forgotten-password and forgotten-company requests without asking anyone', async () => {
    const missing = await postJson('/auth/forgot-password', { username: '  ', companyName: 'x'.repeat(129) });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: { fields: { path: string[] }[] } }).error.fields.map((field) => field.path)).toEqual([
      ['username'],
      ['companyName'],
    ]);
    for (const email of ['', 'grace', 'grace@example', 'a@b.c, d@e.f', 'grace @example.com', `${'a'.repeat(250)}@example.com`, 42]) {
      const response = await postJson('/auth/forgot-company', { email });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: { code: string; fields: { path: string[] }[] } };
      expect(body.error.code).toBe('VALIDATION_FAILED');
      expect(body.error.fields.map((field) => field.path)).toEqual([['email']]);
    }
    const form = await fetch(`${edge.url}/auth/forgot-company`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=grace%40example.com',
    });
    expect(form.status).toBe(415);
    expect(await settledGraphqlRequests(0)).toHaveLength(0);
  });

  it("says who a valid reset link is for and the company's password policy, asking identity as the edge", async () => {
    const response = await postJson('/auth/reset-password/link', { token: RESET_TOKEN });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ username: 'grace', companyName: 'Acme', passwordPolicy: { minLength: 8, maxLength: 128 } });
    expect(response.headers.get('set-cookie')).toBeNull();
    const [lookup] = await operationsOf(graphqlRequests());
    expect(lookup).toEqual({ query: expect.stringContaining('passwordResetLink'), variables: { token: RESET_TOKEN }, principal: { scope: 'edge' } });
  });

  it('passes on an unknown, used or expired reset link as RESET_LINK_INVALID (410)', async () => {
    const other = 'c'.repeat(43);
    for (const response of [
      await postJson('/auth/reset-password/link', { token: other }),
      await postJson('/auth/reset-password', { token: other, password: 'Str0ng pass!' }),
    ]) {
      expect(response.status).toBe(410);
      expect(await response.json()).toEqual(RESET_LINK_INVALID_ANSWER);
      expect(response.headers.get('set-cookie')).toBeNull();
    }
  });

  it('refuses a malformed reset token or a missing password without asking identity', async () => {
    for (const token of ['short', 'a'.repeat(201), `${'a'.repeat(30)}==`, 42]) {
      const lookup = await postJson('/auth/reset-password/link', { token });
      expect(lookup.status).toBe(400);
      expect(((await lookup.json()) as { error: { fields: { path: string[] }[] } }).error.fields.map((field) => field.path)).toEqual([
        ['token'],
      ]);
      expect((await postJson('/auth/reset-password', { token, password: 'Str0ng pass!' })).status).toBe(400);
    }
    const missingPassword = await postJson('/auth/reset-password', { token: RESET_TOKEN });
    expect(((await missingPassword.json()) as { error: { fields: unknown } }).error.fields).toEqual([
      { path: ['password'], message: 'Choose a password.' },
    ]);
    expect(graphqlRequests()).toHaveLength(0);
  });

  it('sets the new password as the edge, signs nobody in, and names failed rules under password', async () => {
    const response = await postJson('/auth/reset-password', { token: RESET_TOKEN, password: 'Str0ng pass!' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ username: 'grace', companyName: 'Acme' });
    expect(response.headers.get('set-cookie')).toBeNull();
    const [completion] = await operationsOf(graphqlRequests());
    expect(completion).toEqual({
      query: expect.stringContaining('completePasswordReset'),
      variables: { input: { token: RESET_TOKEN, password: 'Str0ng pass!' } },
      principal: { scope: 'edge' },
    });
    const weak = await postJson('/auth/reset-password', { token: RESET_TOKEN, password: 'Strong pass!' });
    expect(weak.status).toBe(400);
    expect(await weak.json()).toEqual({
      error: { code: 'VALIDATION_FAILED', message: 'Some fields are not valid.', fields: [{ path: ['password'], message: 'At least one digit' }] },
    });
  });

  it('answers 503 when identity fails unexpectedly on a reset link', async () => {
    gateway.respondToGraphQL = () => graphqlError('INTERNAL_ERROR', 'Something went wrong');
    expect((await postJson('/auth/reset-password/link', { token: RESET_TOKEN })).status).toBe(503);
    gateway.respondToGraphQL = () => ({ status: 200, body: { data: { completePasswordReset: null } } });
    expect((await postJson('/auth/reset-password', { token: RESET_TOKEN, password: 'Str0ng pass!' })).status).toBe(503);
  });
});

describe('sessions and sign-out', () => {
  const cleared = { value: '', attributes: ['HttpOnly', 'Max-Age=0', 'Path=/', 'SameSite=Lax', 'Secure'] };

  it('treats a session id of no session, or anything else in the cookie, as no session, and clears it', async () => {
    for (const value of ['A'.repeat(43), 'not-a-session', `${'A'.repeat(42)}.`]) {
      expect(await principalForCookie(`${SESSION_COOKIE}=${value}`), value).toEqual({ scope: 'anonymous' });
      const response = await postJson('/graphql', { query: '{ me { id } }' }, { cookie: `${SESSION_COOKIE}=${value}` });
      expect(cookiesSet(response)[SESSION_COOKIE], value).toEqual(cleared);
    }
  });

  it('gives every sign-in a new session id, and ends the session the browser had before', async () => {
    const first = await signedInSession();
    const pending = await passwordStep('ada');
    const second = await postJson('/auth/second-factor', { code: '123456' }, { cookie: `${pending}; ${first}` });
    const secondCookie = `${SESSION_COOKIE}=${cookiesSet(second)[SESSION_COOKIE]?.value}`;
    expect(secondCookie).not.toBe(first);
    expect(await principalForCookie(secondCookie)).toMatchObject({ scope: 'session', userId: 'user-1' });
    expect(await principalForCookie(first)).toEqual({ scope: 'anonymous' });
  });

  it('signs out by ending the session itself: a copy of the cookie no longer works', async () => {
    const session = await signedInSession();
    const response = await fetch(`${edge.url}/auth/sign-out`, { method: 'POST', headers: { cookie: session } });
    expect(response.status).toBe(204);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(cookiesSet(response)).toEqual({ [SESSION_COOKIE]: cleared, [PENDING_COOKIE]: cleared });
    expect(await principalForCookie(session)).toEqual({ scope: 'anonymous' });
  });

  it("ends every session of a user the gateway names, before the client's answer, and keeps the header inside", async () => {
    const laptop = await signedInSession();
    const phone = await signedInSession();
    expect(await principalForCookie(phone)).toMatchObject({ scope: 'session', userId: 'user-1' });
    // Another user's session (user-2 enrols): untouched by the reset of user-1.
    gateway.respondToGraphQL = identity;
    const enrolling = await passwordStep('newbie');
    const enrolled = await postJson('/auth/enrolment/confirm', { code: '654321' }, { cookie: enrolling });
    const other = `${SESSION_COOKIE}=${cookiesSet(enrolled)[SESSION_COOKIE]?.value}`;

    gateway.respondToGraphQL = () => ({
      status: 200,
      headers: { 'lanyard-end-sessions-of': 'user-1' },
      body: { data: { resetUserPassword: { id: 'user-1' } } },
    });
    const reset = await postJson('/graphql', { query: 'mutation { resetUserPassword(userId: "user-1") { id } }' }, { cookie: other });
    expect(reset.status).toBe(200);
    expect(reset.headers.get('lanyard-end-sessions-of')).toBeNull();

    expect(await principalForCookie(laptop)).toEqual({ scope: 'anonymous' });
    expect(await principalForCookie(phone)).toEqual({ scope: 'anonymous' });
    expect(await principalForCookie(other)).toMatchObject({ scope: 'session', userId: 'user-2' });
  });
});

describe('GET /oauth2/jwks', () => {
  it('publishes the public halves of the OIDC signing keys, and nothing private', async () => {
    const response = await fetch(`${edge.url}/oauth2/jwks`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    const { keys } = (await response.json()) as { keys: Record<string, unknown>[] };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(keys[0]).not.toHaveProperty('d');
  });
});

describe('web app and unknown paths', () => {
  it('serves the app shell with security headers on each page the app knows', async () => {
    for (const page of ['/', '/sign-in', '/sign-up', '/forgot-password', '/forgot-company', '/reset-password', '/home', '/admin/users', '/admin/groups', '/admin/modules', '/admin/security', '/admin/audit', '/account/sessions', '/index.html']) {
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
    for (const path of ['/admin', '/sign-in/extra', '/sign-up/extra', '/reset-password/extra', '/graphql']) {
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

describe('GET /dev/mailbox (DEVELOPMENT_MAILBOX=on, as scripts/startEdge.ts sets it)', () => {
  const message = {
    id: 'message-1',
    to: 'ada@example.test',
    subject: '<script>alert("hi")</script> Reset your password',
    text: 'Reset it here: https://lanyard.example/reset-password#token=abc&x=1.\n<img src=x onerror=alert(1)>',
    sentAt: '2026-11-24T09:30:12.000Z',
  };

  it('asks identity as the edge and shows each message escaped, with its links clickable', async () => {
    gateway.respondToGraphQL = ({ query }) =>
      query.includes('developmentMailbox')
        ? { status: 200, body: { data: { developmentMailbox: [message] } } }
        : { status: 200, body: { data: null } };
    const response = await fetch(`${edge.url}/dev/mailbox`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    expect(html).toContain('<title>Development mailbox</title>');
    expect(html).toContain('These emails were not sent');
    expect(html).toContain('<dd>ada@example.test</dd>');
    expect(html).toContain('&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt; Reset your password');
    expect(html).toContain(
      '<a href="https://lanyard.example/reset-password#token=abc&amp;x=1" rel="noreferrer">https://lanyard.example/reset-password#token=abc&amp;x=1</a>.',
    );
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<script|<img|style=/);
    const requests = graphqlRequests();
    expect(requests).toHaveLength(1);
    expect((await claimsOf(requests[0])).principal).toEqual({ scope: 'edge' });
    expect(JSON.parse(requests[0]!.body)).toMatchObject({ variables: { limit: 50 } });
  });

  it('answers 404 when identity has no development outbox (SMTP configured)', async () => {
    gateway.respondToGraphQL = () => graphqlError('NOT_FOUND', 'Not found.');
    const response = await fetch(`${edge.url}/dev/mailbox`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});
