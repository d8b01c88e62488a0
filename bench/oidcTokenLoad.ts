import { registerModuleInstance } from '../scripts/registerModuleInstance.ts';
import { runClosedLoop, type ClosedLoopSummary } from './closedLoop.ts';
import { pkcePair, tokenRequest, type BenchClient } from './tokenEndpointClient.ts';

/**
 * The token endpoint under load, as a module's server uses it (issue 5): `authorization_code` grants
 * (each a whole authorize with PKCE, then the code at /oauth2/token) and `refresh_token` grants (each
 * rotating its refresh token). One confidential module instance is registered through the API by the
 * bench's Master; the people opening it are users of All modules, each signed in once; the client
 * authenticates with HTTP Basic (tokenEndpointClient.ts).
 */

const CALLBACK = 'http://127.0.0.1:9/callback';

export interface OidcTokenResults {
  authorizationCode: ClosedLoopSummary;
  refreshToken: ClosedLoopSummary;
}

type Client = BenchClient;

function registerClient(edgeUrl: string, cookie: string): Promise<Client> {
  return registerModuleInstance(edgeUrl, cookie, {
    moduleName: 'Bench',
    instanceName: `Token ${Date.now()}`,
    baseUrl: 'http://127.0.0.1:9',
    redirectUris: [CALLBACK],
    postLogoutRedirectUris: [],
  });
}

/** A whole code grant: authorize (302 with a code), then the code for tokens. */
async function codeGrant(edgeUrl: string, cookie: string, client: Client): Promise<{ tokens: Record<string, string>; parts: Record<string, number> }> {
  const { verifier, challenge } = await pkcePair();
  const authorize = new URL(`${edgeUrl}/oauth2/authorize`);
  for (const [name, value] of Object.entries({
    client_id: client.clientId,
    redirect_uri: CALLBACK,
    response_type: 'code',
    scope: 'openid profile',
    state: 'bench',
    code_challenge: challenge,
    code_challenge_method: 'S256',
  })) {
    authorize.searchParams.set(name, value);
  }
  const authorizeStart = performance.now();
  const redirect = await fetch(authorize, { redirect: 'manual', headers: { cookie } });
  const code = new URL(redirect.headers.get('location') ?? 'http://invalid').searchParams.get('code');
  if (redirect.status !== 302 || !code) throw new Error(`authorize ${redirect.status}`);
  const tokenStart = performance.now();
  const tokens = await tokenRequest(`${edgeUrl}/oauth2/token`, client, { grant_type: 'authorization_code', code, redirect_uri: CALLBACK, code_verifier: verifier });
  return { tokens, parts: { authorize: tokenStart - authorizeStart, token: performance.now() - tokenStart } };
}

/**
 * `masterCookie` registers the module; `sessions` are the people who open it, one signed-in session
 * per worker, as the oidc-provider baseline has: each code grant takes a session from the pool and
 * gives it back, so no two workers queue on one person's session.
 */
export async function runOidcTokenLoad(
  edgeUrl: string,
  masterCookie: string,
  sessions: string[],
  options: { concurrency: number; warmUpSeconds: number; durationSeconds: number },
): Promise<OidcTokenResults> {
  const client = await registerClient(edgeUrl, masterCookie);
  const free = [...sessions];
  const authorizationCode = await runClosedLoop({ ...options, stopAfterFailures: 20 }, async () => {
    const cookie = free.pop();
    if (!cookie) throw new Error('no session free');
    try {
      return (await codeGrant(edgeUrl, cookie, client)).parts;
    } finally {
      free.push(cookie);
    }
  });

  // One refresh chain per session, each rotated at every grant: a pool the workers take from and give back to.
  const chains = await Promise.all(sessions.map(async (cookie) => (await codeGrant(edgeUrl, cookie, client)).tokens.refresh_token!));
  const refreshToken = await runClosedLoop({ ...options, stopAfterFailures: 20 }, async () => {
    const current = chains.pop();
    if (!current) throw new Error('no refresh chain free');
    const tokens = await tokenRequest(`${edgeUrl}/oauth2/token`, client, { grant_type: 'refresh_token', refresh_token: current });
    chains.push(tokens.refresh_token!);
  });
  return { authorizationCode, refreshToken };
}
