import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runClosedLoop, type ClosedLoopSummary } from './closedLoop.ts';
import type { OidcProviderServerInfo } from './oidcProviderServer.ts';
import { pkcePair, tokenRequest } from './tokenEndpointClient.ts';

/**
 * The same token grants as bench/oidcTokenLoad.ts measures at Lanyard's edge, against the `oidc-provider`
 * npm package configured alike (bench/oidcProviderServer.ts, in its own process), in the same run: each
 * `authorization_code` grant is an authorize with PKCE on a signed-in session (302/303 with a code), then
 * the code at the token endpoint with client_secret_basic; each `refresh_token` grant rotates one of as
 * many chains as there are workers. The requests are built the same way as Lanyard's, with plain fetch.
 *
 * Each worker's session is signed in once before the loops, through oidc-provider's interaction (the
 * login answered by `interactionFinished`), as a person signs in once and then opens modules; Lanyard's
 * load uses one session from one real sign-in. Neither sign-in is measured.
 */

const SERVER_ENTRY = fileURLToPath(new URL('./oidcProviderServer.ts', import.meta.url));
const START_TIMEOUT_MS = 30_000;

export interface OidcProviderBaseline {
  /** The oidc-provider version measured. */
  version: string;
  /** How it was configured, in words, for the results file. */
  configuration: string[];
  authorizationCode: ClosedLoopSummary;
  refreshToken: ClosedLoopSummary;
}

export const BASELINE_CONFIGURATION = [
  'one confidential client, client_secret_basic, response_type code, PKCE S256 required',
  'ES256 ID tokens and ES256 JWT access tokens (a resource server every grant names, aud = client)',
  'scopes openid profile email offline_access; a refresh token with every code grant, rotated at every refresh, bound to the session',
  'default in-memory adapter; findAccount answers one fixed account',
  'no consent (loadExistingGrant makes the grant); one login per session through interactionFinished',
  'access and ID tokens 10 min, codes 1 min, sessions and grants 12 h; its own Node process on loopback',
];

interface Server {
  info: OidcProviderServerInfo;
  child: ChildProcess;
}

async function startServer(): Promise<Server> {
  // Node runs the TypeScript itself, as for the stack's services; the IPC channel's closing stops it.
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', SERVER_ENTRY], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const errors: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => errors.push(chunk.toString()));
  try {
    const info = await new Promise<OidcProviderServerInfo>((ready, failed) => {
      let output = '';
      const timer = setTimeout(() => failed(new Error('it did not start within 30 s')), START_TIMEOUT_MS);
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const newline = output.indexOf('\n');
        if (newline < 0) return;
        clearTimeout(timer);
        try {
          ready(JSON.parse(output.slice(0, newline)) as OidcProviderServerInfo);
        } catch (error) {
          failed(error);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        failed(new Error(`it exited with status ${code}`));
      });
    });
    return { info, child };
  } catch (error) {
    child.kill();
    const detail = errors.join('').trim();
    throw new Error(`The oidc-provider baseline could not start: ${error instanceof Error ? error.message : String(error)}${detail ? `\n${detail}` : ''}`, {
      cause: error,
    });
  }
}

async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((done) => server.child.once('exit', done));
  server.child.kill('SIGTERM');
  await exited;
}

function authorizeUrl(info: OidcProviderServerInfo, challenge: string): URL {
  const url = new URL(info.authorizeUrl);
  for (const [name, value] of Object.entries({
    client_id: info.clientId,
    redirect_uri: info.redirectUri,
    response_type: 'code',
    scope: 'openid profile',
    state: 'bench',
    code_challenge: challenge,
    code_challenge_method: 'S256',
  })) {
    url.searchParams.set(name, value);
  }
  return url;
}

function isRedirect(status: number): boolean {
  return status === 302 || status === 303;
}

/**
 * One session signed in: authorize without a session (to the interaction), the interaction's login, the
 * authorize resumed (the session cookie set, a code issued and left unused). The session's cookies.
 */
async function signIn(info: OidcProviderServerInfo): Promise<string> {
  const jar = new Map<string, string>();
  const { challenge } = await pkcePair();
  let url = authorizeUrl(info, challenge).href;
  for (let step = 0; step < 4 && !url.startsWith(info.redirectUri); step += 1) {
    const response = await fetch(url, { redirect: 'manual', headers: { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; ') } });
    for (const setCookie of response.headers.getSetCookie()) {
      const pair = setCookie.split(';', 1)[0] ?? '';
      const equals = pair.indexOf('=');
      jar.set(pair.slice(0, equals), pair.slice(equals + 1));
    }
    const location = response.headers.get('location');
    if (!isRedirect(response.status) || !location) throw new Error(`sign-in step ${step + 1}: ${response.status}`);
    url = new URL(location, url).href;
  }
  const session = [...jar].filter(([name]) => name === '_session' || name === '_session.sig');
  if (!new URL(url).searchParams.get('code') || session.length === 0) throw new Error('sign-in ended without a session and a code');
  return session.map(([name, value]) => `${name}=${value}`).join('; ');
}

/** A whole code grant on a signed-in session: authorize (a redirect with a code), then the code for tokens. */
async function codeGrant(info: OidcProviderServerInfo, cookie: string): Promise<{ tokens: Record<string, string>; parts: Record<string, number> }> {
  const { verifier, challenge } = await pkcePair();
  const authorizeStart = performance.now();
  const redirect = await fetch(authorizeUrl(info, challenge), { redirect: 'manual', headers: { cookie } });
  const code = new URL(redirect.headers.get('location') ?? 'http://invalid').searchParams.get('code');
  if (!isRedirect(redirect.status) || !code) throw new Error(`authorize ${redirect.status}`);
  const tokenStart = performance.now();
  const tokens = await tokenRequest(info.tokenUrl, info, { grant_type: 'authorization_code', code, redirect_uri: info.redirectUri, code_verifier: verifier });
  if (!tokens.refresh_token || !tokens.id_token) throw new Error('token answer without a refresh token or an ID token');
  return { tokens, parts: { authorize: tokenStart - authorizeStart, token: performance.now() - tokenStart } };
}

export async function measureOidcProviderBaseline(options: {
  concurrency: number;
  warmUpSeconds: number;
  durationSeconds: number;
}): Promise<OidcProviderBaseline> {
  const server = await startServer();
  try {
    const { info } = server;
    // One signed-in session per worker: a pool the workers take from and give back to.
    const sessions = await Promise.all(Array.from({ length: options.concurrency }, () => signIn(info)));
    const authorizationCode = await runClosedLoop({ ...options, stopAfterFailures: 20 }, async () => {
      const cookie = sessions.pop();
      if (!cookie) throw new Error('no session free');
      try {
        return (await codeGrant(info, cookie)).parts;
      } finally {
        sessions.push(cookie);
      }
    });

    // One refresh chain per worker, each rotated at every grant, as for Lanyard.
    const chains = await Promise.all(sessions.map(async (cookie) => (await codeGrant(info, cookie)).tokens.refresh_token!));
    const refreshToken = await runClosedLoop({ ...options, stopAfterFailures: 20 }, async () => {
      const current = chains.pop();
      if (!current) throw new Error('no refresh chain free');
      const tokens = await tokenRequest(info.tokenUrl, info, { grant_type: 'refresh_token', refresh_token: current });
      if (!tokens.refresh_token) throw new Error('refresh answer without a new refresh token');
      chains.push(tokens.refresh_token);
    });
    return { version: info.version, configuration: BASELINE_CONFIGURATION, authorizationCode, refreshToken };
  } finally {
    await stopServer(server);
  }
}
