import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, decodeJwt, generateKeyPair } from 'jose';
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb } from '../scripts/buildWeb.ts';
import { demoModuleInstances, demoSupportGroup } from '../scripts/demoData.ts';
import { edgeGraphQL } from '../scripts/edgeGraphQL.ts';
import { registerModuleInstance } from '../scripts/registerModuleInstance.ts';
import { signInAtEdge } from '../scripts/edgeSignIn.ts';
import { startStack, type Stack } from '../scripts/stack.ts';

/**
 * The App Launcher's entries as a module's backend asks for them: the real stack, two module instances
 * registered by a Master through the API, casey in Support (which holds the demo's two instances and
 * one of the new ones), tokens through `openid-client`, then `GET /oauth2/launcher` with the access
 * token as a Bearer token, and `/launcher.js` as a browser loads it.
 */

const CALLBACK = 'http://127.0.0.1:9/callback';

let dataDir: string;
let stack: Stack;
let edgeUrl: string;
type RegisteredModule = { clientId: string; clientSecret: string; instanceId: string };
/** casey reaches `desk` through Support; `vault` is held by no group of hers. */
let desk: RegisteredModule;
let vault: RegisteredModule;
let morgan: string;
let casey: string;

function graphql(cookie: string, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  return edgeGraphQL(edgeUrl, cookie, query, variables);
}

function register(moduleName: string, instanceName: string): Promise<RegisteredModule> {
  return registerModuleInstance(edgeUrl, morgan, { moduleName, instanceName, baseUrl: 'http://127.0.0.1:9', redirectUris: [CALLBACK], postLogoutRedirectUris: [] });
}

function supportHolds(instanceIds: string[]): Promise<Record<string, unknown>> {
  return graphql(morgan, `mutation ($id: ID!, $ids: [ID!]!) { setAccessGroupInstances(input: { groupId: $id, instanceIds: $ids }) { id } }`, {
    id: demoSupportGroup.id,
    ids: instanceIds,
  });
}

function configuration(of: RegisteredModule): Promise<client.Configuration> {
  return client.discovery(new URL(edgeUrl), of.clientId, of.clientSecret, undefined, { execute: [client.allowInsecureRequests] });
}

/** A whole sign-in into a module with a Lanyard session: the tokens its backend holds. */
async function tokensOf(of: RegisteredModule, session: string) {
  const config = await configuration(of);
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: CALLBACK,
    scope: 'openid profile email',
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
  });
  const authorized = await fetch(url, { redirect: 'manual', headers: { cookie: session } });
  const callback = new URL(authorized.headers.get('location')!);
  const tokens = await client.authorizationCodeGrant(config, callback, { pkceCodeVerifier: verifier, expectedState: state });
  return { config, tokens };
}

function launcher(authorization?: string): Promise<Response> {
  return fetch(`${edgeUrl}/oauth2/launcher`, { headers: authorization ? { authorization } : {} });
}

async function expectInvalidToken(response: Response): Promise<void> {
  expect(response.status).toBe(401);
  expect(response.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
  expect(await response.json()).toMatchObject({ error: 'invalid_token' });
}

const label = (entry: { moduleName: string; instanceName: string }) => `${entry.moduleName} · ${entry.instanceName}`;

beforeAll(async () => {
  await buildWeb();
  dataDir = mkdtempSync(join(tmpdir(), 'lanyard-launcher-'));
  stack = await startStack({ dataDir, withEdge: true });
  edgeUrl = stack.edgeUrl!;
  morgan = await signInAtEdge(edgeUrl, stack, 'morgan');
  desk = await register('Helpdesk', 'Acme Desk');
  vault = await register('Vault', 'Acme Vault');
  await supportHolds([...demoModuleInstances.map((instance) => instance.id), desk.instanceId]);
  casey = await signInAtEdge(edgeUrl, stack, 'casey');
}, 240_000);

afterAll(async () => {
  await stack?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

describe('GET /oauth2/launcher', () => {
  it("lists exactly what casey reaches, each through /launch, and the company's other instances by name only", async () => {
    const { tokens } = await tokensOf(desk, casey);
    const answer = await launcher(`Bearer ${tokens.access_token}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    // No other site's page may read it.
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    const body = (await answer.json()) as { entries: Record<string, unknown>[]; discover: Record<string, unknown>[] };
    expect(body.entries).toEqual([
      {
        instanceId: demoModuleInstances[0]!.id,
        moduleName: 'BMS',
        instanceName: 'Acme EU',
        href: `${edgeUrl}/launch/${demoModuleInstances[0]!.id}`,
        iconUrl: null,
        unifiedLoginEnabled: true,
        current: false,
      },
      {
        instanceId: demoModuleInstances[1]!.id,
        moduleName: 'Documentation',
        instanceName: 'Acme Docs',
        href: `${edgeUrl}/launch/${demoModuleInstances[1]!.id}`,
        iconUrl: null,
        unifiedLoginEnabled: true,
        current: false,
      },
      {
        instanceId: desk.instanceId,
        moduleName: 'Helpdesk',
        instanceName: 'Acme Desk',
        href: `${edgeUrl}/launch/${desk.instanceId}`,
        iconUrl: null,
        unifiedLoginEnabled: true,
        current: true,
      },
    ]);
    expect(body.discover).toEqual([{ moduleName: 'Vault', instanceName: 'Acme Vault' }]);
  });

  it('follows the groups at once, and gives someone in All modules every instance', async () => {
    const { tokens } = await tokensOf(desk, casey);
    await supportHolds([desk.instanceId, vault.instanceId]);
    try {
      const body = (await (await launcher(`Bearer ${tokens.access_token}`)).json()) as { entries: { moduleName: string; instanceName: string }[]; discover: { moduleName: string; instanceName: string }[] };
      expect(body.entries.map(label)).toEqual(['Helpdesk · Acme Desk', 'Vault · Acme Vault']);
      expect(body.discover.map(label)).toEqual(['BMS · Acme EU', 'Documentation · Acme Docs']);
    } finally {
      await supportHolds([...demoModuleInstances.map((instance) => instance.id), desk.instanceId]);
    }

    const { tokens: morgans } = await tokensOf(vault, morgan);
    const all = (await (await launcher(`Bearer ${morgans.access_token}`)).json()) as { entries: { moduleName: string; instanceName: string; current: boolean }[]; discover: unknown[] };
    expect(all.entries.map(label)).toEqual(['BMS · Acme EU', 'Documentation · Acme Docs', 'Helpdesk · Acme Desk', 'Vault · Acme Vault']);
    expect(all.entries.filter((entry) => entry.current).map(label)).toEqual(['Vault · Acme Vault']);
    expect(all.discover).toEqual([]);
  });

  it('refuses with invalid_token a missing, malformed, foreign or revoked token, and an ID token', async () => {
    const { config, tokens } = await tokensOf(desk, casey);
    await expectInvalidToken(await launcher());
    await expectInvalidToken(await launcher('Bearer not-a-token'));
    await expectInvalidToken(await launcher(`Basic ${btoa('a:b')}`));
    // An ID token says who signed in; it is not an access token, however well signed.
    await expectInvalidToken(await launcher(`Bearer ${tokens.id_token}`));

    // The same claims signed by another key: not Lanyard's.
    const claims = decodeJwt(tokens.access_token);
    const { privateKey } = await generateKeyPair('ES256');
    const foreign = await new SignJWT(claims).setProtectedHeader({ alg: 'ES256', typ: 'at+jwt', kid: 'not-lanyards' }).sign(privateKey);
    await expectInvalidToken(await launcher(`Bearer ${foreign}`));

    // Revoking the refresh token revokes the grant: its access token lists nothing, before it expires.
    expect((await launcher(`Bearer ${tokens.access_token}`)).status).toBe(200);
    await client.tokenRevocation(config, tokens.refresh_token!);
    await expectInvalidToken(await launcher(`Bearer ${tokens.access_token}`));
  });
});

describe('GET /launcher.js', () => {
  it('serves the web component as JavaScript anyone may cache briefly, and sets no cookie', async () => {
    const response = await fetch(`${edgeUrl}/launcher.js`, { headers: { cookie: casey } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(response.headers.get('set-cookie')).toBeNull();
    const script = await response.text();
    expect(script).toContain("customElements.define('lanyard-launcher'");
    // Nothing in it calls Lanyard from the browser.
    expect(script).not.toMatch(/fetch\(|XMLHttpRequest|credentials/);
  });
});
