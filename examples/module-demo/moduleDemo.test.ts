import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb } from '../../scripts/buildWeb.ts';
import { demoModuleInstances, demoSupportGroup } from '../../scripts/demoData.ts';
import { edgeGraphQL } from '../../scripts/edgeGraphQL.ts';
import { signInAtEdge } from '../../scripts/edgeSignIn.ts';
import { freePort } from '../../scripts/freePort.ts';
import { registerModuleInstance } from '../../scripts/registerModuleInstance.ts';
import { startStack, type Stack } from '../../scripts/stack.ts';
import { loadModuleDemoConfig } from './src/config.ts';
import { startModuleDemo, type RunningModuleDemo } from './src/server.ts';

/**
 * The module demo against the real Lanyard (edge in workerd, gateway, subgraphs): registered by a
 * Master through the API as any module would be, reached by casey through the demo group Support. The
 * person's browser is played by fetch, reading each redirect rather than following it, with the
 * module's cookies kept in a small jar and the Lanyard session cookie (Secure, which no browser keeps
 * over http) forwarded by hand. Each demo user signs in to Lanyard once (a TOTP code counts once).
 */

const SCIM_TOKEN = 'scim-token-for-the-module-demo-test';
const CASEY_PASSWORD = 'casey-local-password';

let dataDir: string;
let stack: Stack;
let edgeUrl: string;
let moduleUrl: string;
let moduleDemo: RunningModuleDemo;
let instanceId: string;
/** Lanyard session cookies: morgan (a Master, in All modules), casey (in Support), root (All modules). */
let morgan: string;
let casey: string;
let root: string;

function graphql(cookie: string, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  return edgeGraphQL(edgeUrl, cookie, query, variables);
}

/** One person's browser at the module: its cookies, kept across requests as a browser would. */
class ModuleBrowser {
  readonly cookies = new Map<string, string>();

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set('cookie', [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await fetch(new URL(path, moduleUrl), { ...init, headers, redirect: 'manual' });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = setCookie.split(';');
      const [name = '', value = ''] = pair.trim().split(/=(.*)/s);
      const expired = value === '' || attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute));
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** A form post from the module's own page: the browser sends the page's origin. */
  postForm(path: string, fields: Record<string, string>): Promise<Response> {
    return this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: moduleUrl },
      body: new URLSearchParams(fields).toString(),
    });
  }
}

/** /login → Log In with Lanyard → Lanyard's authorize (with this Lanyard session) → the module's callback. */
async function logInWithLanyard(browser: ModuleBrowser, lanyardCookie: string): Promise<Response> {
  const login = await browser.request('/login');
  expect(login.status).toBe(200);
  expect(await login.text()).toContain('href="/login/lanyard">Log In with Lanyard</a>');
  return continueAtLanyard(browser, '/login/lanyard', lanyardCookie);
}

/** From the module's /login/lanyard (with whatever Lanyard passed it) through Lanyard and back. */
async function continueAtLanyard(browser: ModuleBrowser, loginPath: string, lanyardCookie: string): Promise<Response> {
  const start = await browser.request(loginPath);
  expect(start.status).toBe(302);
  const authorizeUrl = new URL(start.headers.get('location')!);
  expect(`${authorizeUrl.origin}${authorizeUrl.pathname}`).toBe(`${edgeUrl}/oauth2/authorize`);
  expect(authorizeUrl.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authorizeUrl.searchParams.get('redirect_uri')).toBe(`${moduleUrl}/callback`);

  const authorized = await fetch(authorizeUrl, { redirect: 'manual', headers: { cookie: lanyardCookie } });
  expect(authorized.status).toBe(302);
  const callback = new URL(authorized.headers.get('location')!);
  expect(`${callback.origin}${callback.pathname}`).toBe(`${moduleUrl}/callback`);
  return browser.request(`${callback.pathname}${callback.search}`);
}

async function dashboardOf(browser: ModuleBrowser): Promise<{ status: number; location: string | null; body: string }> {
  const response = await browser.request('/dashboard');
  return { status: response.status, location: response.headers.get('location'), body: await response.text() };
}

function scim(path: string, init: RequestInit & { token?: string | null } = {}): Promise<Response> {
  const { token = SCIM_TOKEN, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (token !== null) headers.set('authorization', `Bearer ${token}`);
  if (rest.body) headers.set('content-type', 'application/scim+json');
  return fetch(new URL(`/scim/v2${path}`, moduleUrl), { ...rest, headers });
}

const scimUser = (userName: string, email: string) => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
  userName,
  externalId: `lanyard-${userName}`,
  name: { givenName: 'Pat', familyName: 'Provisioned' },
  emails: [{ value: email, primary: true, type: 'work' }],
  active: true,
  roles: [{ value: 'technician', primary: true }],
});

beforeAll(async () => {
  await buildWeb();
  dataDir = mkdtempSync(join(tmpdir(), 'lanyard-module-demo-'));
  stack = await startStack({ dataDir, withEdge: true });
  edgeUrl = stack.edgeUrl!;
  morgan = await signInAtEdge(edgeUrl, stack, 'morgan');

  // The module's address first: Lanyard registers its exact URIs.
  const port = await freePort();
  moduleUrl = `http://127.0.0.1:${port}`;
  const registered = await registerModuleInstance(edgeUrl, morgan, {
    moduleName: 'Module Demo',
    instanceName: 'Test Desk',
    baseUrl: moduleUrl,
    landingPageUrl: `${moduleUrl}/dashboard`,
    initiateLoginUri: `${moduleUrl}/login/lanyard`,
    localLoginUrl: `${moduleUrl}/login`,
    redirectUris: [`${moduleUrl}/callback`],
    postLogoutRedirectUris: [`${moduleUrl}/login`],
    backchannelLogoutUri: `${moduleUrl}/backchannel-logout`,
  });
  instanceId = registered.instanceId;
  // Support keeps the demo's instances and gains this one, so casey reaches it.
  await graphql(morgan, `mutation ($id: ID!, $ids: [ID!]!) { setAccessGroupInstances(input: { groupId: $id, instanceIds: $ids }) { id } }`, {
    id: demoSupportGroup.id,
    ids: [...demoModuleInstances.map((instance) => instance.id), registered.instanceId],
  });

  moduleDemo = await startModuleDemo(
    loadModuleDemoConfig({
      PORT: String(port),
      PUBLIC_URL: moduleUrl,
      MODULE_NAME: 'Module Demo',
      INSTANCE_NAME: 'Test Desk',
      LANYARD_ISSUER: edgeUrl,
      OIDC_CLIENT_ID: registered.clientId,
      OIDC_CLIENT_SECRET: registered.clientSecret,
      SCIM_TOKEN,
      // casey's account here has another username: SSO must find it by her email. root's has another
      // email: found by username.
      LOCAL_ACCOUNTS: JSON.stringify([
        { username: 'c.user', email: 'casey@acme-msp.example', displayName: 'Casey in Support', password: CASEY_PASSWORD, role: 'agent' },
        { username: 'root', email: 'riley@elsewhere.example', displayName: 'Riley Root', role: 'admin' },
      ]),
    }),
  );
  casey = await signInAtEdge(edgeUrl, stack, 'casey');
  root = await signInAtEdge(edgeUrl, stack, 'root');
}, 240_000);

afterAll(async () => {
  await moduleDemo?.close();
  await stack?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

describe('the module demo with Lanyard', () => {
  it('shows its header on every page, without the App Launcher to someone not signed in through Lanyard', async () => {
    const page = await new ModuleBrowser().request('/login');
    const body = await page.text();
    expect(body).toContain('<span class="brand">Module Demo</span>');
    expect(body).toContain('<span class="instance">Test Desk</span>');
    expect(body).not.toContain('<lanyard-launcher');
    expect(body).not.toMatch(/<script/);
    expect(page.headers.get('content-security-policy')).toContain(`script-src 'self' ${edgeUrl}`);
  });

  it("puts casey's App Launcher entries, asked of Lanyard with her access token, into the header", async () => {
    const browser = new ModuleBrowser();
    expect((await logInWithLanyard(browser, casey)).headers.get('location')).toBe('/dashboard');
    const { body } = await dashboardOf(browser);
    expect(body).toContain(`<script src="${edgeUrl}/launcher.js" defer></script>`);
    const attribute = /<lanyard-launcher entries="([^"]*)"><\/lanyard-launcher>/.exec(body)?.[1];
    expect(attribute).toBeTruthy();
    const unescaped = attribute!.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const entries = JSON.parse(unescaped) as { entries: { moduleName: string; instanceName: string; href: string; current: boolean }[]; discover: unknown[] };
    // Support holds the demo's two instances and this one; casey reaches nothing else.
    expect(entries.entries.map((entry) => `${entry.moduleName} · ${entry.instanceName}`)).toEqual(['BMS · Acme EU', 'Documentation · Acme Docs', 'Module Demo · Test Desk']);
    expect(entries.entries.find((entry) => entry.current)?.href).toBe(`${edgeUrl}/launch/${instanceId}`);
    expect(entries.discover).toEqual([]);
    // The tokens stay on the server.
    expect(body).not.toMatch(/access_token|refresh_token|eyJ/);
  });

  it('signs casey in through Lanyard, linking her account by email, and shows her Lanyard groups', async () => {
    const browser = new ModuleBrowser();
    const callback = await logInWithLanyard(browser, casey);
    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe('/dashboard');
    const session = callback.headers.getSetCookie().find((cookie) => cookie.startsWith('module_demo_session_'));
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);

    const dashboard = await dashboardOf(browser);
    expect(dashboard.status).toBe(200);
    expect(dashboard.body).toContain('Signed in as Casey in Support (c.user) through Lanyard');
    expect(dashboard.body).toContain('<li>Support</li>');

    // A second SSO links to the same account: still exactly one account with her email.
    const again = await logInWithLanyard(new ModuleBrowser(), casey);
    expect(again.headers.get('location')).toBe('/dashboard');
    const found = (await (await scim('/Users?filter=emails.value%20eq%20%22casey%40acme-msp.example%22')).json()) as { totalResults: number; Resources: { userName: string }[] };
    expect(found.totalResults).toBe(1);
    expect(found.Resources[0]?.userName).toBe('c.user');
  });

  it('opens from My Modules: Lanyard starts the sign-in at the initiate-login URI and casey lands signed in', async () => {
    const launched = await fetch(`${edgeUrl}/launch/${instanceId}`, { redirect: 'manual', headers: { cookie: casey } });
    expect(launched.status).toBe(302);
    const initiate = new URL(launched.headers.get('location')!);
    expect(`${initiate.origin}${initiate.pathname}`).toBe(`${moduleUrl}/login/lanyard`);

    // The person's username travels on to Lanyard's authorize as login_hint.
    const start = await new ModuleBrowser().request(`${initiate.pathname}${initiate.search}`);
    expect(new URL(start.headers.get('location')!).searchParams.get('login_hint')).toBe('casey');
    const browser = new ModuleBrowser();
    const callback = await continueAtLanyard(browser, `${initiate.pathname}${initiate.search}`, casey);
    expect(callback.headers.get('location')).toBe('/dashboard');
    expect((await dashboardOf(browser)).body).toContain('Signed in as Casey in Support (c.user) through Lanyard');

    // Only its own Lanyard may start a sign-in here.
    const other = await new ModuleBrowser().request(`/login/lanyard?iss=${encodeURIComponent('https://idp.evil.example')}`);
    expect(other.status).toBe(400);
  });

  it('refuses a callback that this browser did not start', async () => {
    const stranger = await new ModuleBrowser().request('/callback?code=x&state=y');
    expect(stranger.status).toBe(400);
    expect(await stranger.text()).toContain('This sign-in has expired');
  });

  it('tells a Lanyard user without an account here that there is none, and creates nothing', async () => {
    const browser = new ModuleBrowser();
    const callback = await logInWithLanyard(browser, morgan);
    expect(callback.status).toBe(403);
    expect(await callback.text()).toContain('No account for morgan in this module yet');
    expect((await dashboardOf(browser)).location).toBe('/login');
    const found = (await (await scim('/Users?filter=userName%20eq%20%22morgan%22')).json()) as { totalResults: number };
    expect(found.totalResults).toBe(0);
  });

  it('signs in with a local password too, and refuses a wrong one or a form posted from another site', async () => {
    const browser = new ModuleBrowser();
    const wrong = await browser.postForm('/login', { username: 'c.user', password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('Wrong username or password.');
    // An account made for SSO only has no password to guess.
    expect((await browser.postForm('/login', { username: 'root', password: '' })).status).toBe(401);

    const forged = await browser.request('/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: new URLSearchParams({ username: 'c.user', password: CASEY_PASSWORD }).toString(),
    });
    expect(forged.status).toBe(403);

    const right = await browser.postForm('/login', { username: 'c.user', password: CASEY_PASSWORD });
    expect(right.status).toBe(303);
    const dashboard = (await dashboardOf(browser)).body;
    expect(dashboard).toContain('Signed in as Casey in Support (c.user) with a password of this module');
    // No Lanyard sign-in, no App Launcher.
    expect(dashboard).not.toContain('<lanyard-launcher');
  });

  it('provisions users through SCIM with its bearer token, and refuses without it or twice', async () => {
    const created = await scim('/Users', { method: 'POST', body: JSON.stringify(scimUser('pat', 'pat@acme-msp.example')) });
    expect(created.status).toBe(201);
    expect(created.headers.get('content-type')).toMatch(/^application\/scim\+json/);
    const user = (await created.json()) as Record<string, unknown> & { id: string; meta: { location: string } };
    expect(user).toMatchObject({
      userName: 'pat',
      externalId: 'lanyard-pat',
      displayName: 'Pat Provisioned',
      emails: [{ value: 'pat@acme-msp.example', primary: true }],
      active: true,
      roles: [{ value: 'technician', primary: true }],
    });
    expect(created.headers.get('location')).toBe(`${moduleUrl}/scim/v2/Users/${user.id}`);

    expect(await (await scim(`/Users/${user.id}`)).json()).toMatchObject({ id: user.id, userName: 'pat' });
    const listed = (await (await scim('/Users?filter=userName%20eq%20%22PAT%22')).json()) as Record<string, unknown>;
    expect(listed).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 1, Resources: [{ id: user.id }] });
    expect((await scim('/Users/not-an-id')).status).toBe(404);
    expect((await scim('/Users?filter=title%20sw%20%22x%22')).status).toBe(400);

    // Provisioned for SSO only: no password signs it in.
    expect((await new ModuleBrowser().postForm('/login', { username: 'pat', password: '' })).status).toBe(401);

    const duplicate = await scim('/Users', { method: 'POST', body: JSON.stringify(scimUser('Pat', 'pat.other@acme-msp.example')) });
    expect(duplicate.status).toBe(409);
    expect(await duplicate.json()).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '409', scimType: 'uniqueness' });

    for (const token of [null, 'wrong-token-of-the-same-kind-here']) {
      const refused = await scim('/Users', { method: 'POST', token, body: JSON.stringify(scimUser('sam', 'sam@acme-msp.example')) });
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect((await scim('/Users', { token })).status).toBe(401);
    }
    expect((await (await scim('/Users?filter=userName%20eq%20%22sam%22')).json()) as { totalResults: number }).toMatchObject({ totalResults: 0 });
  });

  it('signs out of the module and of Lanyard through end_session, back to its login page', async () => {
    const browser = new ModuleBrowser();
    const callback = await logInWithLanyard(browser, root);
    expect(callback.headers.get('location')).toBe('/dashboard');
    expect((await dashboardOf(browser)).body).toContain('Signed in as Riley Root (root) through Lanyard');

    const signedOut = await browser.postForm('/logout', {});
    expect(signedOut.status).toBe(303);
    const endSession = new URL(signedOut.headers.get('location')!);
    expect(`${endSession.origin}${endSession.pathname}`).toBe(`${edgeUrl}/oauth2/end_session`);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${moduleUrl}/login`);
    const idToken = endSession.searchParams.get('id_token_hint')!;
    expect(idToken).toBeTruthy();
    expect((await dashboardOf(browser)).location).toBe('/login');

    const atLanyard = await fetch(endSession, { redirect: 'manual', headers: { cookie: root } });
    expect(atLanyard.status).toBe(302);
    expect(atLanyard.headers.get('location')).toBe(`${moduleUrl}/login`);
    expect(await graphql(root, '{ me { id } }')).toEqual({ me: null });

    // An ID token is no logout token (typ JWT, no events), however well signed; nor is rubbish.
    for (const token of [idToken, 'not.a.token']) {
      const refused = await fetch(`${moduleUrl}/backchannel-logout`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ logout_token: token }).toString(),
      });
      expect(refused.status).toBe(400);
      expect(refused.headers.get('cache-control')).toBe('no-store');
    }
  });

  // Last: it ends casey's Lanyard session, which the tests above use.
  it("ends casey's module session when she signs out of Lanyard, through the back-channel", async () => {
    const browser = new ModuleBrowser();
    expect((await logInWithLanyard(browser, casey)).headers.get('location')).toBe('/dashboard');
    expect((await dashboardOf(browser)).status).toBe(200);

    const signedOut = await fetch(`${edgeUrl}/auth/sign-out`, { method: 'POST', headers: { cookie: casey, 'content-type': 'application/json' }, body: '{}' });
    expect(signedOut.status).toBe(204);

    const deadline = Date.now() + 10_000;
    let dashboard = await dashboardOf(browser);
    while (dashboard.status === 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      dashboard = await dashboardOf(browser);
    }
    expect(dashboard.status).toBe(302);
    expect(dashboard.location).toBe('/login');
  });
});
