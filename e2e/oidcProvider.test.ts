import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb } from '../scripts/buildWeb.ts';
import { demoSupportGroup, demoModuleInstances, demoUsers } from '../scripts/demoData.ts';
import { edgeGraphQL } from '../scripts/edgeGraphQL.ts';
import { registerModuleInstance, type RegisteredInstance } from '../scripts/registerModuleInstance.ts';
import { signInAtEdge } from '../scripts/edgeSignIn.ts';
import { startStack, type Stack } from '../scripts/stack.ts';
import type { OidcGrantObjectStub } from '../edge/oidc/grantObject.ts';
import { grantIdOf, hashGrantToken } from '../edge/oidc/grantTokens.ts';
import type { SessionObjectStub } from '../edge/sessions/sessionObject.ts';

/**
 * The OpenID Connect provider as a module meets it: the real stack (edge in workerd, gateway, the three
 * subgraphs), a module instance registered by a Master through the API, and `openid-client` as the
 * module's library, unchanged. The person's browser is played by fetch with the session cookie a real
 * sign-in set; redirects are read, not followed, since the module's callback does not exist here.
 */

const CALLBACK = 'http://127.0.0.1:9/callback';

let dataDir: string;
let stack: Stack;
let edgeUrl: string;
type RegisteredModule = RegisteredInstance;
let module: RegisteredModule;
/** A second module casey reaches too, and a third that no group of hers holds. */
let reports: RegisteredModule;
let vault: RegisteredModule;
/** A module with a back-channel logout endpoint: a real HTTP server here that keeps what it is sent. */
let backchannel: RegisteredModule;
/** A module whose back-channel endpoint fails (503), as a module that is down would. */
let brokenBackchannel: RegisteredModule;
/** A module that runs in the browser: a public client (PKCE, no secret). */
let browserApp: Omit<RegisteredModule, 'clientSecret'>;
let backchannelServer: Server;
const logoutTokens: string[] = [];
/**
 * Session cookies: morgan (a Master, who registers the module), casey (in Support, which holds it), and
 * root (in All modules) signed in from an address outside the office.
 */
let morgan: string;
let casey: string;
let root: string;
const ELSEWHERE = '198.51.100.7';

/** Which instances Support holds: the demo's, and the test module when `withModule`. */
function supportHolds(withModule: boolean): Promise<Record<string, unknown>> {
  return graphql(morgan, `mutation ($id: ID!, $ids: [ID!]!) { setAccessGroupInstances(input: { groupId: $id, instanceIds: $ids }) { id } }`, {
    id: demoSupportGroup.id,
    ids: [
      ...demoModuleInstances.map((instance) => instance.id),
      reports.instanceId,
      backchannel.instanceId,
      brokenBackchannel.instanceId,
      browserApp.instanceId,
      ...(withModule ? [module.instanceId] : []),
    ],
  });
}

function graphql(cookie: string, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  return edgeGraphQL(edgeUrl, cookie, query, variables);
}

async function configuration(secret = module.clientSecret, of: RegisteredModule = module): Promise<client.Configuration> {
  return client.discovery(new URL(edgeUrl), of.clientId, secret, undefined, { execute: [client.allowInsecureRequests] });
}

/** The instance fields every test module shares: it lives nowhere, its redirects are only read. */
function testModule(instanceName: string, more: Record<string, unknown> = {}): Record<string, unknown> {
  return { moduleName: 'Test Module', instanceName, baseUrl: 'http://127.0.0.1:9', redirectUris: [CALLBACK], postLogoutRedirectUris: ['http://127.0.0.1:9/'], ...more };
}

/** Registers a confidential module instance as morgan, through the API. */
function register(instanceName: string, backchannelLogoutUri: string | null = null, initiateLoginUri: string | null = null): Promise<RegisteredModule> {
  return registerModuleInstance(edgeUrl, morgan, testModule(instanceName, { backchannelLogoutUri, initiateLoginUri }));
}

/** A whole sign-in into a module (casey's unless another session is given): its tokens. */
async function tokensOf(config: client.Configuration, session = casey) {
  const started = await startSignIn(config);
  const callback = new URL((await authorize(started.url, session)).location!);
  return client.authorizationCodeGrant(config, callback, { pkceCodeVerifier: started.verifier, expectedState: started.state, expectedNonce: started.nonce });
}

/** The person's browser at the authorize endpoint: where it is sent next. */
async function authorize(url: URL, cookie?: string): Promise<{ status: number; location: string | null; body: string }> {
  const response = await fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });
  return { status: response.status, location: response.headers.get('location'), body: await response.text() };
}

async function startSignIn(config: client.Configuration, extra: Record<string, string> = {}) {
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: CALLBACK,
    scope: 'openid profile email',
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    ...extra,
  });
  return { url, verifier, state, nonce };
}

beforeAll(async () => {
  await buildWeb();
  dataDir = mkdtempSync(join(tmpdir(), 'lanyard-oidc-'));
  stack = await startStack({ dataDir, withEdge: true });
  edgeUrl = stack.edgeUrl!;
  morgan = await signInAtEdge(edgeUrl, stack, 'morgan');
  module = await register('OIDC');
  reports = await register('Reports');
  vault = await register('Vault');
  backchannelServer = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      if (request.url === '/broken-backchannel-logout') return void response.writeHead(503).end();
      logoutTokens.push(new URLSearchParams(body).get('logout_token') ?? '');
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => backchannelServer.listen(0, '127.0.0.1', resolve));
  const backchannelBase = `http://127.0.0.1:${(backchannelServer.address() as AddressInfo).port}`;
  backchannel = await register('Back-channel', `${backchannelBase}/backchannel-logout`);
  brokenBackchannel = await register('Broken back-channel', `${backchannelBase}/broken-backchannel-logout`);
  browserApp = await registerModuleInstance(edgeUrl, morgan, testModule('Browser app'), 'PUBLIC');
  await supportHolds(true);
  casey = await signInAtEdge(edgeUrl, stack, 'casey');
  root = await signInAtEdge(edgeUrl, stack, 'root', { clientAddress: ELSEWHERE });
}, 240_000);

afterAll(async () => {
  backchannelServer?.close();
  await stack?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

describe('OpenID Connect with openid-client', () => {
  it('discovers, authorizes with PKCE, trades the code, validates the ID token, reads userinfo and rotates refresh tokens', async () => {
    const config = await configuration();
    expect(config.serverMetadata().issuer).toBe(edgeUrl);
    const { url, verifier, state, nonce } = await startSignIn(config);
    const answer = await authorize(url, casey);
    expect(answer.status).toBe(302);
    const callback = new URL(answer.location!);
    expect(`${callback.origin}${callback.pathname}`).toBe(CALLBACK);

    const tokens = await client.authorizationCodeGrant(config, callback, { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce });
    const claims = tokens.claims()!;
    const caseyId = demoUsers.find((user) => user.username === 'casey')!.id;
    expect(claims).toMatchObject({
      iss: edgeUrl,
      aud: module.clientId,
      sub: caseyId,
      username: 'casey',
      email: 'casey@acme-msp.example',
      company: 'Acme MSP',
      groups: ['Support'],
      amr: ['pwd', 'otp'],
    });
    expect(typeof claims.sid).toBe('string');
    expect(claims.auth_time).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));

    const userinfo = await client.fetchUserInfo(config, tokens.access_token, caseyId);
    expect(userinfo).toMatchObject({ sub: caseyId, username: 'casey', email: 'casey@acme-msp.example', groups: ['Support'] });

    const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token!);
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
    expect(refreshed.claims()?.sub).toBe(caseyId);

    // The old refresh token again: stolen, so the whole grant is revoked, the new token too.
    await expect(client.refreshTokenGrant(config, tokens.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
    await expect(client.refreshTokenGrant(config, refreshed.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
    await expect(client.fetchUserInfo(config, refreshed.access_token, caseyId)).rejects.toThrow();
  });

  it('refuses a code twice, a wrong PKCE verifier, and a wrong client secret, with the RFC errors', async () => {
    const config = await configuration();
    const first = await startSignIn(config);
    const callback = new URL((await authorize(first.url, casey)).location!);
    await expect(
      client.authorizationCodeGrant(config, callback, { pkceCodeVerifier: client.randomPKCECodeVerifier(), expectedState: first.state, expectedNonce: first.nonce }),
    ).rejects.toMatchObject({ error: 'invalid_grant' });
    // Spent by the wrong verifier: the right one gets nothing either.
    await expect(
      client.authorizationCodeGrant(config, callback, { pkceCodeVerifier: first.verifier, expectedState: first.state, expectedNonce: first.nonce }),
    ).rejects.toMatchObject({ error: 'invalid_grant' });

    const wrongSecret = await configuration('not-the-secret');
    const second = await startSignIn(config);
    const callback2 = new URL((await authorize(second.url, casey)).location!);
    // 401 with a Basic challenge, as RFC 6749 §5.2 says for client_secret_basic; openid-client reports
    // the challenge, and the body says invalid_client.
    const refused = await client
      .authorizationCodeGrant(wrongSecret, callback2, { pkceCodeVerifier: second.verifier, expectedState: second.state, expectedNonce: second.nonce })
      .then(
        () => undefined,
        (error: { status?: number; response?: Response }) => error,
      );
    expect(refused?.status).toBe(401);
    expect(await refused?.response?.json()).toMatchObject({ error: 'invalid_client' });
  });

  it('refuses a missing verifier, a verifier without a challenge, an expired code, and a sign-in from outside the access list', async () => {
    const config = await configuration();
    const redeem = (form: Record<string, string>) =>
      fetch(`${edgeUrl}/oauth2/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${btoa(`${module.clientId}:${module.clientSecret}`)}` },
        body: new URLSearchParams({ grant_type: 'authorization_code', redirect_uri: CALLBACK, ...form }).toString(),
      });
    const codeOf = async (url: URL, from?: string) => {
      const answer = await fetch(url, { redirect: 'manual', headers: { cookie: casey, ...(from ? { 'cf-connecting-ip': from } : {}) } });
      return new URL(answer.headers.get('location')!).searchParams.get('code')!;
    };

    const withChallenge = await startSignIn(config);
    const missing = await redeem({ code: await codeOf(withChallenge.url) });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ error: 'invalid_grant' });

    // A confidential client may skip PKCE, but a verifier for a code asked without a challenge is refused.
    const withoutChallenge = new URL(withChallenge.url);
    withoutChallenge.searchParams.delete('code_challenge');
    withoutChallenge.searchParams.delete('code_challenge_method');
    const unexpected = await redeem({ code: await codeOf(withoutChallenge), code_verifier: withChallenge.verifier });
    expect(await unexpected.json()).toMatchObject({ error: 'invalid_grant' });

    // The code's minute, by the clock given to its grant's object: over at 60 s, and still unspent.
    const third = await startSignIn(config);
    const code = await codeOf(third.url);
    const grant = await stack.edge!.durableObject<OidcGrantObjectStub>('OIDC_GRANTS', grantIdOf(code)!);
    expect(await grant.redeemCode(await hashGrantToken(code), 'next', Date.now() + 60_000)).toEqual({ ok: false, reason: 'expired' });
    expect((await redeem({ code, code_verifier: third.verifier })).status).toBe(200);

    const admitOffice = (enabled: boolean) =>
      graphql(morgan, `mutation ($input: UpdateIpAccessListInput!) { updateIpAccessList(input: $input) { ipAccessList { enabled } } }`, {
        input: { enabled, mode: 'ENFORCE', entries: enabled ? [{ range: '127.0.0.0/8', label: 'Office' }] : [] },
      });
    await admitOffice(true);
    try {
      const outside = await fetch((await startSignIn(config)).url, { redirect: 'manual', headers: { cookie: casey, 'cf-connecting-ip': ELSEWHERE } });
      expect(outside.status).toBe(403);
      expect(outside.headers.get('location')).toBeNull();
      expect(await outside.text()).toContain(`ask your administrator to add ${ELSEWHERE}`);
    } finally {
      await admitOffice(false);
    }
  });

  it('shows a page, never a redirect, for an unregistered or slightly different redirect URI', async () => {
    const config = await configuration();
    for (const redirect of [`${CALLBACK}/`, 'http://127.0.0.1:9/other', 'https://evil.example/callback']) {
      const { url } = await startSignIn(config, { redirect_uri: redirect });
      const answer = await authorize(url, casey);
      expect(answer.status, redirect).toBe(400);
      expect(answer.location, redirect).toBeNull();
      expect(answer.body).toContain('This sign-in link is not valid');
    }
  });

  it('sends someone without a session to sign in and back, or answers login_required for prompt=none', async () => {
    const config = await configuration();
    const { url } = await startSignIn(config, { login_hint: 'casey' });
    const answer = await authorize(url);
    expect(answer.status).toBe(302);
    const signIn = new URL(answer.location!, edgeUrl);
    expect(signIn.pathname).toBe('/sign-in');
    expect(signIn.searchParams.get('username')).toBe('casey');
    expect(signIn.searchParams.get('continue')).toMatch(/^\/oauth2\/authorize\?/);

    const silent = await startSignIn(config, { prompt: 'none' });
    const refused = new URL((await authorize(silent.url)).location!);
    expect(refused.searchParams.get('error')).toBe('login_required');
    expect(refused.searchParams.get('state')).toBe(silent.state);
  });

  it('tells a user outside every group holding the instance that they have no access, in words, and stops their refreshes', async () => {
    const config = await configuration();
    const before = await startSignIn(config);
    const tokens = await client.authorizationCodeGrant(config, new URL((await authorize(before.url, casey)).location!), {
      pkceCodeVerifier: before.verifier,
      expectedState: before.state,
      expectedNonce: before.nonce,
    });

    await supportHolds(false);
    try {
      const { url } = await startSignIn(config);
      const answer = await authorize(url, casey);
      expect(answer.status).toBe(403);
      expect(answer.body).toContain('You don&#39;t have access to Test Module (OIDC). Ask your administrator to add you to a group that includes it.');
      // The grant given before is re-checked at its next refresh.
      await expect(client.refreshTokenGrant(config, tokens.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
    } finally {
      await supportHolds(true);
    }
  });

  it('keeps refreshes current: a renamed group shows in the next ID token, and a list that no longer admits where the person signed in stops them', async () => {
    const renameSupport = (name: string) =>
      graphql(morgan, `mutation ($id: ID!, $name: String!) { renameAccessGroup(input: { groupId: $id, name: $name }) { id } }`, { id: demoSupportGroup.id, name });
    const admitOnly = (entries: { range: string; label: string }[]) =>
      graphql(morgan, `mutation ($input: UpdateIpAccessListInput!) { updateIpAccessList(input: $input) { ipAccessList { enabled } } }`, {
        input: { enabled: entries.length > 0, mode: 'ENFORCE', entries },
      });
    const config = await configuration();

    const caseys = await tokensOf(config, casey);
    expect(caseys.claims()!.groups).toEqual(['Support']);
    const again = await client.refreshTokenGrant(config, caseys.refresh_token!);
    expect(again.claims()!.groups).toEqual(['Support']);
    await renameSupport('Support desk');
    try {
      const renamed = await client.refreshTokenGrant(config, again.refresh_token!);
      expect(renamed.claims()!.groups).toEqual(['Support desk']);
    } finally {
      await renameSupport('Support');
    }

    const roots = await tokensOf(config, root);
    await admitOnly([{ range: '127.0.0.0/8', label: 'This machine' }]);
    try {
      // root signed in from elsewhere: the module's refreshes stop, though the module asks from inside.
      await expect(client.refreshTokenGrant(config, roots.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
      const caseyStill = await client.refreshTokenGrant(config, (await tokensOf(config, casey)).refresh_token!);
      expect(caseyStill.claims()!.sub).toBe(demoUsers.find((user) => user.username === 'casey')!.id);
    } finally {
      await admitOnly([]);
    }
  });

  it("lets a public client's own pages read its tokens and userinfo across origins, and nobody else's", async () => {
    const config = await client.discovery(new URL(edgeUrl), browserApp.clientId, undefined, client.None(), { execute: [client.allowInsecureRequests] });
    const tokens = await tokensOf(config);
    const ownOrigin = new URL(CALLBACK).origin;
    const refreshFrom = (origin: string, refreshToken: string) =>
      fetch(`${edgeUrl}/oauth2/token`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: browserApp.clientId }).toString(),
      });

    const own = await refreshFrom(ownOrigin, tokens.refresh_token!);
    expect(own.status).toBe(200);
    expect(own.headers.get('access-control-allow-origin')).toBe(ownOrigin);
    expect(own.headers.get('access-control-allow-credentials')).toBeNull();
    const rotated = (await own.json()) as { refresh_token: string; access_token: string };
    const foreign = await refreshFrom('https://elsewhere.example', rotated.refresh_token);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();

    const userinfo = await fetch(`${edgeUrl}/oauth2/userinfo`, { headers: { origin: ownOrigin, authorization: `Bearer ${rotated.access_token}` } });
    expect(userinfo.status).toBe(200);
    expect(userinfo.headers.get('access-control-allow-origin')).toBe(ownOrigin);

    const preflight = await fetch(`${edgeUrl}/oauth2/userinfo`, {
      method: 'OPTIONS',
      headers: { origin: ownOrigin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization');
    expect((await fetch(`${edgeUrl}/.well-known/openid-configuration`, { headers: { origin: ownOrigin } })).headers.get('access-control-allow-origin')).toBe('*');

    // A confidential client's server needs no cross-origin reads: its origin is never named.
    const confidential = await tokensOf(await configuration());
    const server = await fetch(`${edgeUrl}/oauth2/token`, {
      method: 'POST',
      headers: {
        origin: ownOrigin,
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${btoa(`${module.clientId}:${module.clientSecret}`)}`,
      },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: confidential.refresh_token! }).toString(),
    });
    expect(server.status).toBe(200);
    expect(server.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses everything once Unified Login is turned off for the instance', async () => {
    await graphql(morgan, `mutation ($id: ID!) { setUnifiedLogin(instanceId: $id, enabled: false) { id } }`, { id: module.instanceId });
    try {
      const config = await configuration();
      const { url } = await startSignIn(config);
      const answer = await authorize(url, casey);
      expect(answer.status).toBe(403);
      expect(answer.body).toContain('Unified Login is off for Test Module (OIDC)');
    } finally {
      await graphql(morgan, `mutation ($id: ID!) { setUnifiedLogin(instanceId: $id, enabled: true) { id } }`, { id: module.instanceId });
    }
  });

  it('exchanges a user\'s access token for one to another module they reach, never to one they do not', async () => {
    const config = await configuration();
    const tokens = await tokensOf(config);
    const exchanged = await client.genericGrantRequest(config, 'urn:ietf:params:oauth:grant-type:token-exchange', {
      subject_token: tokens.access_token,
      subject_token_type: 'urn:ietf:params:oauth:token-type:access_token',
      audience: reports.clientId,
      scope: 'openid profile',
    });
    expect(exchanged.scope).toBe('openid profile');
    // The token is Reports' own: Reports finds it active, the module that asked does not.
    const reportsConfig = await configuration(reports.clientSecret, reports);
    expect(await client.tokenIntrospection(reportsConfig, exchanged.access_token)).toMatchObject({ active: true, aud: reports.clientId, username: 'casey' });
    expect(await client.tokenIntrospection(config, exchanged.access_token)).toEqual({ active: false });

    const exchange = (params: Record<string, string>) =>
      client.genericGrantRequest(config, 'urn:ietf:params:oauth:grant-type:token-exchange', {
        subject_token: tokens.access_token,
        subject_token_type: 'urn:ietf:params:oauth:token-type:access_token',
        ...params,
      });
    await expect(exchange({ audience: vault.clientId })).rejects.toMatchObject({ error: 'invalid_target' });
    await expect(exchange({ audience: reports.clientId, scope: 'openid email offline_access' })).rejects.toMatchObject({ error: 'invalid_scope' });
    // Another module's token cannot be exchanged by this one.
    await expect(
      client.genericGrantRequest(reportsConfig, 'urn:ietf:params:oauth:grant-type:token-exchange', {
        subject_token: tokens.access_token,
        subject_token_type: 'urn:ietf:params:oauth:token-type:access_token',
        audience: module.clientId,
      }),
    ).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('introspects its own tokens, and revoking one ends its whole grant at once', async () => {
    const config = await configuration();
    const tokens = await tokensOf(config);
    expect(await client.tokenIntrospection(config, tokens.access_token)).toMatchObject({ active: true, token_type: 'Bearer', client_id: module.clientId });
    expect(await client.tokenIntrospection(config, tokens.refresh_token!)).toMatchObject({ active: true, token_type: 'refresh_token' });
    await client.tokenRevocation(config, tokens.refresh_token!);
    expect(await client.tokenIntrospection(config, tokens.access_token)).toEqual({ active: false });
    await expect(client.refreshTokenGrant(config, tokens.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
    // Revoking what is unknown answers 200 all the same.
    await expect(client.tokenRevocation(config, 'not-a-token')).resolves.toBeUndefined();
  });

  it('opens a module from a My Modules link through its initiate-login URI, or says why not', async () => {
    const launchpad = await register('Launchpad', null, 'http://127.0.0.1:9/login/lanyard');
    const launch = (instanceId: string, cookie?: string) =>
      fetch(`${edgeUrl}/launch/${instanceId}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });

    const opened = await launch(launchpad.instanceId, morgan);
    expect(opened.status).toBe(302);
    const initiate = new URL(opened.headers.get('location')!);
    expect(`${initiate.origin}${initiate.pathname}`).toBe('http://127.0.0.1:9/login/lanyard');
    expect(Object.fromEntries(initiate.searchParams)).toEqual({ iss: edgeUrl, login_hint: 'morgan', target_link_uri: 'http://127.0.0.1:9' });
    // Without an initiate-login URI, the landing page; the same for an instance without an OIDC client.
    expect((await launch(reports.instanceId, casey)).headers.get('location')).toBe('http://127.0.0.1:9');
    const seeded = demoModuleInstances[0]!;
    expect((await launch(seeded.id, casey)).headers.get('location')).toBe(seeded.baseUrl);

    const signedOut = await launch(launchpad.instanceId);
    expect(signedOut.headers.get('location')).toBe(`/sign-in?continue=${encodeURIComponent(`/launch/${launchpad.instanceId}`)}`);
    const refused = await launch(vault.instanceId, casey);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('You don&#39;t have access to Test Module (Vault).');
    expect((await launch('00000000-0000-0000-0000-000000000000', casey)).status).toBe(404);
  });

  /** The logout tokens the back-channel module got for a session, checked as a module must check them. */
  async function logoutTokensFor(sid: string): Promise<Record<string, unknown>[]> {
    const jwks = createRemoteJWKSet(new URL(`${edgeUrl}/oauth2/jwks`));
    const verified = await Promise.all(
      logoutTokens.map(async (token) => {
        const { payload } = await jwtVerify(token, jwks, { issuer: edgeUrl, audience: backchannel.clientId, typ: 'logout+jwt' });
        return payload as Record<string, unknown>;
      }),
    );
    return verified.filter((payload) => payload.sid === sid);
  }

  async function eventually<T>(probe: () => Promise<T[]>): Promise<T[]> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const found = await probe();
      if (found.length > 0 || Date.now() > deadline) return found;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it("ends the Lanyard session from a module's end_session with its ID token, and tells every module over the back-channel", async () => {
    const config = await configuration(backchannel.clientSecret, backchannel);
    const tokens = await tokensOf(config, root);
    const sid = tokens.claims()!.sid as string;

    const endSession = client.buildEndSessionUrl(config, {
      id_token_hint: tokens.id_token!,
      post_logout_redirect_uri: 'http://127.0.0.1:9/',
      state: 'bye',
    });
    const answer = await fetch(endSession, { redirect: 'manual', headers: { cookie: root } });
    expect(answer.status).toBe(302);
    expect(answer.headers.get('location')).toBe('http://127.0.0.1:9/?state=bye');
    expect(answer.headers.getSetCookie().some((cookie) => cookie.startsWith('__Host-lanyard_session=;'))).toBe(true);

    // Signed out of Lanyard everywhere, and the module heard it with a token it can verify.
    expect(await graphql(root, '{ me { id } }')).toEqual({ me: null });
    const [logout] = await eventually(() => logoutTokensFor(sid));
    expect(logout).toMatchObject({ sid, events: { 'http://schemas.openid.net/event/backchannel-logout': {} } });
    expect(logout).not.toHaveProperty('nonce');
    await expect(client.refreshTokenGrant(config, tokens.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('logs the modules out when the person signs out of Lanyard, and shows Masters which module did not confirm', async () => {
    const deliveries = async (cookie: string) => fetch(`${edgeUrl}/admin/logout-deliveries`, { headers: { cookie } });
    expect((await deliveries(casey)).status).toBe(403);

    const config = await configuration(backchannel.clientSecret, backchannel);
    const tokens = await tokensOf(config, casey);
    const sid = tokens.claims()!.sid as string;
    await tokensOf(await configuration(brokenBackchannel.clientSecret, brokenBackchannel), casey);
    const signedOut = await fetch(`${edgeUrl}/auth/sign-out`, { method: 'POST', headers: { cookie: casey, 'content-type': 'application/json' }, body: '{}' });
    expect(signedOut.status).toBe(204);
    expect(await eventually(() => logoutTokensFor(sid))).toHaveLength(1);
    await expect(client.refreshTokenGrant(config, tokens.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });

    type Delivery = { instanceName: string; moduleName: string; userId: string; outcome: string; attempts: number; problem: string | null; nextAttemptAt: string | null };
    const caseyId = demoUsers.find((user) => user.username === 'casey')!.id;
    const ofCasey = await eventually(async () => {
      const listed = ((await (await deliveries(morgan)).json()) as { deliveries: Delivery[] }).deliveries.filter((delivery) => delivery.userId === caseyId);
      return listed.length >= 2 ? listed : [];
    });
    expect(ofCasey.find((delivery) => delivery.instanceName === 'Back-channel')).toMatchObject({
      moduleName: 'Test Module',
      outcome: 'DELIVERED',
      attempts: 1,
      problem: null,
      nextAttemptAt: null,
    });
    const broken = ofCasey.find((delivery) => delivery.instanceName === 'Broken back-channel');
    expect(broken).toMatchObject({ outcome: 'RETRYING', attempts: 1, problem: 'The module answered HTTP 503.' });
    expect(Date.parse(broken!.nextAttemptAt!)).toBeGreaterThan(Date.now());
  });

  it('ends the module grants and tells the modules when a session runs out of time, though nobody signed out', async () => {
    // morgan's session, last: nothing after this test needs it.
    const config = await configuration(backchannel.clientSecret, backchannel);
    const tokens = await tokensOf(config, morgan);
    const sid = tokens.claims()!.sid as string;
    // The session's object asked thirteen hours on: past every lifetime, so it ends as it would have.
    const session = await stack.edge!.durableObject<SessionObjectStub>('SESSIONS', sid);
    expect(await session.resume(Date.now() + 13 * 60 * 60 * 1000)).toBeNull();
    expect(await eventually(() => logoutTokensFor(sid))).toHaveLength(1);
    await expect(client.refreshTokenGrant(config, tokens.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
    expect(await graphql(morgan, '{ me { id } }')).toEqual({ me: null });
    // A module opened just as the session ended cannot be noted in it any more: authorize then revokes it.
    const late = { grantId: 'late', clientId: backchannel.clientId, sid, userId: 'u', issuer: edgeUrl, backchannelLogoutUri: null };
    expect(await session.noteModuleGrant(late, undefined)).toBe(false);
  });
});
