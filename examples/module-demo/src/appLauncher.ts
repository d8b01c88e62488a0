import * as oidc from 'openid-client';
import type { LanyardClient } from './lanyardClient.ts';

/**
 * The App Launcher's entries for a person signed in through Lanyard. The browser never asks Lanyard
 * (that would need third-party cookies): this backend asks Lanyard's `GET /oauth2/launcher` with the
 * access token of the person's sign-in, and the page hands the answer to `<lanyard-launcher>` in its
 * `entries` attribute. An access token lives ten minutes; when it has run out (or Lanyard says it is
 * no longer valid) the refresh token gets a new one, through `openid-client`. Refresh tokens rotate at
 * every use and a reused one revokes the whole grant, so one session refreshes one at a time.
 *
 * Any failure (Lanyard unreachable, the grant revoked) shows no launcher rather than an error: the
 * page works the same without it. The answer is kept for a short while, so that a person clicking
 * through pages does not cost Lanyard a request each.
 */

export interface LanyardTokens {
  accessToken: string;
  refreshToken: string | null;
  /** When the access token runs out (ms since the epoch). */
  accessTokenExpiresAt: number;
}

/** What a session keeps for its launcher (in the module's session store, never in the browser). */
export interface LauncherState {
  tokens: LanyardTokens;
  /** The last answer (JSON text), and until when it is shown without asking again. */
  entries?: { json: string; until: number };
  refreshing?: Promise<LanyardTokens | undefined>;
}

/** How long a page shows the same entries before asking Lanyard again (a group change shows within it). */
export const LAUNCHER_ENTRIES_COPY_MS = 30_000;
/** An access token this close to its end is refreshed first, so it does not expire on the way. */
const EXPIRY_MARGIN_MS = 15_000;

export function tokensFrom(tokens: oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers, now = Date.now()): LanyardTokens {
  const expiresIn = tokens.expiresIn();
  return {
    accessToken: tokens.access_token,
    refreshToken: tokens.refresh_token ?? null,
    accessTokenExpiresAt: now + (expiresIn ?? 0) * 1000,
  };
}

/** How the launcher reaches Lanyard: the real one through openid-client, a stand-in in unit tests. */
export interface LauncherTransport {
  refresh(refreshToken: string): Promise<LanyardTokens>;
  /** The entries as JSON text, or 'invalid_token' when Lanyard refuses the token. */
  entries(accessToken: string): Promise<string | 'invalid_token'>;
}

export function lanyardLauncherTransport(lanyard: LanyardClient): LauncherTransport {
  return {
    async refresh(refreshToken) {
      return tokensFrom(await oidc.refreshTokenGrant(await lanyard.configuration(), refreshToken));
    },
    async entries(accessToken) {
      const configuration = await lanyard.configuration();
      const url = new URL('/oauth2/launcher', configuration.serverMetadata().issuer);
      const response = await oidc.fetchProtectedResource(configuration, accessToken, url, 'GET');
      if (response.status === 401) return 'invalid_token';
      if (!response.ok) throw new Error(`GET /oauth2/launcher answered ${response.status}`);
      const body = (await response.json()) as unknown;
      if (!body || typeof body !== 'object' || !Array.isArray((body as { entries?: unknown }).entries)) {
        throw new Error('GET /oauth2/launcher answered without entries');
      }
      return JSON.stringify(body);
    },
  };
}

/** The entries to render (JSON text), or undefined: no launcher on this page. */
export async function launcherEntries(state: LauncherState, transport: LauncherTransport, now = Date.now()): Promise<string | undefined> {
  if (state.entries && state.entries.until > now) return state.entries.json;
  try {
    let tokens = state.tokens.accessTokenExpiresAt - EXPIRY_MARGIN_MS > now ? state.tokens : await refreshOnce(state, transport);
    if (!tokens) return undefined;
    let answer = await transport.entries(tokens.accessToken);
    if (answer === 'invalid_token') {
      // Revoked or expired early (a clock apart): one refresh, and if that is refused too, no launcher.
      tokens = await refreshOnce(state, transport);
      if (!tokens) return undefined;
      answer = await transport.entries(tokens.accessToken);
      if (answer === 'invalid_token') return undefined;
    }
    state.entries = { json: answer, until: now + LAUNCHER_ENTRIES_COPY_MS };
    return answer;
  } catch (error) {
    console.error('[module-demo] the App Launcher entries could not be fetched:', error instanceof Error ? error.message : error);
    return undefined;
  }
}

/** One refresh at a time per session; concurrent pages wait for the same one. */
function refreshOnce(state: LauncherState, transport: LauncherTransport): Promise<LanyardTokens | undefined> {
  const presented = state.tokens.refreshToken;
  if (!presented) return Promise.resolve(undefined);
  state.refreshing ??= transport
    .refresh(presented)
    .then(
      (tokens) => {
        state.tokens = tokens;
        return tokens;
      },
      (error: unknown) => {
        // invalid_grant: the Lanyard grant is over (signed out, revoked); keep no token that cannot work.
        if (error instanceof oidc.ResponseBodyError && error.error === 'invalid_grant') state.tokens = { ...state.tokens, refreshToken: null };
        else console.error('[module-demo] refreshing the Lanyard access token failed:', error instanceof Error ? error.message : error);
        return undefined;
      },
    )
    .finally(() => {
      state.refreshing = undefined;
    });
  return state.refreshing;
}
