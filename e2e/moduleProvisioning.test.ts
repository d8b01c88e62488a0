import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModuleDemoConfig } from '../examples/module-demo/src/config.ts';
import { startModuleDemo, type RunningModuleDemo } from '../examples/module-demo/src/server.ts';
import { buildWeb } from '../scripts/buildWeb.ts';
import { demoModuleInstances, demoSupportGroup, demoUsers } from '../scripts/demoData.ts';
import { edgeGraphQL } from '../scripts/edgeGraphQL.ts';
import { registerModuleInstance, type RegisteredInstance } from '../scripts/registerModuleInstance.ts';
import { signInAtEdge } from '../scripts/edgeSignIn.ts';
import { freePort } from '../scripts/freePort.ts';
import { startStack, type Stack } from '../scripts/stack.ts';

/**
 * Automatic user provisioning end to end: the real stack (edge in workerd, gateway, subgraphs) and the
 * real module demo, registered by a Master through the API with provisioning on (its SCIM base URL and
 * token, default role agent, Masters as admin). A person's first SSO creates their account in the
 * module through SCIM before the code is issued, exactly once; a person whose account exists under
 * their email is linked to it; a module that refuses Lanyard's token gets no account and the person a
 * page instead of a code. The browser is played by fetch, reading each redirect (as moduleDemo.test.ts).
 */

const SCIM_TOKEN = 'scim-token-of-the-provisioning-e2e-test';
const WRONG_TOKEN = 'a-token-this-module-never-issued';

let dataDir: string;
let stack: Stack;
let edgeUrl: string;
let moduleUrl: string;
let moduleDemo: RunningModuleDemo;
/** An instance of the same module whose settings hold a wrong token. */
let brokenClientId: string;
let morgan: string;
let casey: string;
let root: string;

const graphql = (cookie: string, query: string, variables: Record<string, unknown> = {}) => edgeGraphQL(edgeUrl, cookie, query, variables);

const SET_PROVISIONING = `mutation ($input: ModuleProvisioningInput!) { setModuleProvisioning(input: $input) { id provisioning { enabled scimTokenSet } } }`;

function register(instanceName: string): Promise<RegisteredInstance> {
  return registerModuleInstance(edgeUrl, morgan, {
    moduleName: 'Module Demo',
    instanceName,
    baseUrl: moduleUrl,
    landingPageUrl: `${moduleUrl}/dashboard`,
    redirectUris: [`${moduleUrl}/callback`],
    postLogoutRedirectUris: [`${moduleUrl}/login`],
  });
}

async function turnOnProvisioning(instanceId: string, scimToken: string): Promise<void> {
  const answer = await graphql(morgan, SET_PROVISIONING, {
    input: { instanceId, enabled: true, scimBaseUrl: `${moduleUrl}/scim/v2`, scimToken, defaultRole: 'agent', masterRole: 'admin', userRole: null },
  });
  expect(answer.setModuleProvisioning).toMatchObject({ provisioning: { enabled: true, scimTokenSet: true } });
}

/** One person's browser at the module, keeping its cookies. */
class ModuleBrowser {
  readonly cookies = new Map<string, string>();

  async request(path: string): Promise<Response> {
    const headers = new Headers();
    if (this.cookies.size > 0) headers.set('cookie', [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await fetch(new URL(path, moduleUrl), { headers, redirect: 'manual' });
    for (const setCookie of response.headers.getSetCookie()) {
      const [name = '', value = ''] = (setCookie.split(';')[0] ?? '').trim().split(/=(.*)/s);
      if (value === '' || /max-age=0/i.test(setCookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }
}

/** Log In with Lanyard at the module, through Lanyard's authorize with this Lanyard session, back to its dashboard. */
async function logInWithLanyard(lanyardCookie: string): Promise<string> {
  const browser = new ModuleBrowser();
  const start = await browser.request('/login/lanyard');
  expect(start.status).toBe(302);
  const authorized = await fetch(start.headers.get('location')!, { redirect: 'manual', headers: { cookie: lanyardCookie } });
  expect(authorized.status).toBe(302);
  const callback = new URL(authorized.headers.get('location')!);
  expect(callback.searchParams.get('code')).toBeTruthy();
  const back = await browser.request(`${callback.pathname}${callback.search}`);
  expect(back.headers.get('location')).toBe('/dashboard');
  const dashboard = await browser.request('/dashboard');
  expect(dashboard.status).toBe(200);
  return dashboard.text();
}

type ScimList = { totalResults: number; Resources: { id: string; userName: string; externalId?: string; roles: { value: string }[] }[] };
async function scimUsers(filter?: string): Promise<ScimList> {
  const query = filter === undefined ? '' : `?filter=${encodeURIComponent(filter)}`;
  const response = await fetch(`${moduleUrl}/scim/v2/Users${query}`, { headers: { authorization: `Bearer ${SCIM_TOKEN}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as ScimList;
}
const accountsInModule = async () => (await scimUsers()).totalResults;

beforeAll(async () => {
  await buildWeb();
  dataDir = mkdtempSync(join(tmpdir(), 'lanyard-provisioning-'));
  stack = await startStack({ dataDir, withEdge: true });
  edgeUrl = stack.edgeUrl!;
  morgan = await signInAtEdge(edgeUrl, stack, 'morgan');

  moduleUrl = `http://127.0.0.1:${await freePort()}`;
  const desk = await register('Provisioned Desk');
  await turnOnProvisioning(desk.instanceId, SCIM_TOKEN);
  const broken = await register('Broken Desk');
  await turnOnProvisioning(broken.instanceId, WRONG_TOKEN);
  brokenClientId = broken.clientId;
  // Support (casey) keeps the demo's instances and gains these; morgan and root reach all.
  await graphql(morgan, `mutation ($id: ID!, $ids: [ID!]!) { setAccessGroupInstances(input: { groupId: $id, instanceIds: $ids }) { id } }`, {
    id: demoSupportGroup.id,
    ids: [...demoModuleInstances.map((instance) => instance.id), desk.instanceId, broken.instanceId],
  });

  moduleDemo = await startModuleDemo(
    loadModuleDemoConfig({
      PORT: new URL(moduleUrl).port,
      PUBLIC_URL: moduleUrl,
      MODULE_NAME: 'Module Demo',
      INSTANCE_NAME: 'Provisioned Desk',
      LANYARD_ISSUER: edgeUrl,
      OIDC_CLIENT_ID: desk.clientId,
      OIDC_CLIENT_SECRET: desk.clientSecret,
      SCIM_TOKEN,
      // casey has an account under another username, with her email; morgan and root have none.
      LOCAL_ACCOUNTS: JSON.stringify([{ username: 'c.user', email: 'casey@acme-msp.example', displayName: 'Casey in Support', role: 'agent' }]),
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

describe('automatic user provisioning (JIT through SCIM)', () => {
  it("creates exactly one account at morgan's first SSO, with the Masters' role, and links it at the second without creating anything", async () => {
    const before = await accountsInModule();
    expect((await scimUsers('userName eq "morgan"')).totalResults).toBe(0);

    const first = await logInWithLanyard(morgan);
    expect(first).toContain('Signed in as Morgan Master (morgan) through Lanyard');
    expect(first).toContain('Role in this module: admin');
    expect(await accountsInModule()).toBe(before + 1);
    const created = await scimUsers('userName eq "morgan"');
    const morganId = demoUsers.find((user) => user.username === 'morgan')!.id;
    expect(created.Resources).toMatchObject([{ userName: 'morgan', externalId: morganId, roles: [{ value: 'admin' }] }]);

    const second = await logInWithLanyard(morgan);
    expect(second).toContain('Signed in as Morgan Master (morgan) through Lanyard');
    expect(await accountsInModule()).toBe(before + 1);
    expect((await scimUsers('userName eq "morgan"')).Resources.map((account) => account.id)).toEqual(created.Resources.map((account) => account.id));
  });

  it("links casey's existing account, found by her email, and makes no second one", async () => {
    const before = await accountsInModule();
    const dashboard = await logInWithLanyard(casey);
    expect(dashboard).toContain('Signed in as Casey in Support (c.user) through Lanyard');
    expect(dashboard).toContain('Role in this module: agent');
    expect(await accountsInModule()).toBe(before);
    expect((await scimUsers('emails.value eq "casey@acme-msp.example"')).totalResults).toBe(1);
  });

  it('shows a page and issues no code when the module refuses the token, and creates nothing', async () => {
    const before = await accountsInModule();
    const authorize = new URL('/oauth2/authorize', edgeUrl);
    authorize.search = new URLSearchParams({
      response_type: 'code',
      client_id: brokenClientId,
      redirect_uri: `${moduleUrl}/callback`,
      scope: 'openid',
      state: 'state-of-the-broken-desk',
    }).toString();
    const answer = await fetch(authorize, { redirect: 'manual', headers: { cookie: root } });
    expect(answer.status).toBe(502);
    expect(answer.headers.get('location')).toBeNull();
    const page = await answer.text();
    expect(page).toContain('Lanyard could not create your account in Module Demo (Broken Desk). Try again later or ask your administrator.');
    expect(page).not.toContain(WRONG_TOKEN);
    expect(await accountsInModule()).toBe(before);
    expect((await scimUsers('userName eq "root"')).totalResults).toBe(0);
  });
});
