import * as oidc from 'openid-client';
import { describe, expect, it } from 'vitest';
import { LAUNCHER_ENTRIES_COPY_MS, launcherEntries, type LanyardTokens, type LauncherState, type LauncherTransport } from './appLauncher.ts';

const NOW = 1_000_000_000_000;
const ENTRIES = JSON.stringify({ entries: [{ moduleName: 'Helpdesk' }], discover: [] });

/** A Lanyard that knows one live access token at a time, and rotates refresh tokens as the real one does. */
function fakeLanyard() {
  let generation = 0;
  const lanyard = {
    liveAccessToken: 'access-0',
    liveRefreshToken: 'refresh-0' as string | null,
    refreshes: 0,
    entriesAsked: 0,
    transport: {
      async refresh(refreshToken: string): Promise<LanyardTokens> {
        lanyard.refreshes += 1;
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (refreshToken !== lanyard.liveRefreshToken) {
          // A reused refresh token: the real Lanyard revokes the grant.
          lanyard.liveRefreshToken = null;
          lanyard.liveAccessToken = '';
          throw new oidc.ResponseBodyError('server responded with an error in the response body', {
            cause: { error: 'invalid_grant' },
            response: new Response(null, { status: 400 }),
          });
        }
        generation += 1;
        lanyard.liveAccessToken = `access-${generation}`;
        lanyard.liveRefreshToken = `refresh-${generation}`;
        return { accessToken: lanyard.liveAccessToken, refreshToken: lanyard.liveRefreshToken, accessTokenExpiresAt: NOW + 600_000 };
      },
      async entries(accessToken: string): Promise<string | 'invalid_token'> {
        lanyard.entriesAsked += 1;
        return accessToken !== '' && accessToken === lanyard.liveAccessToken ? ENTRIES : 'invalid_token';
      },
    } satisfies LauncherTransport,
  };
  return lanyard;
}

const stateWith = (expiresAt: number): LauncherState => ({ tokens: { accessToken: 'access-0', refreshToken: 'refresh-0', accessTokenExpiresAt: expiresAt } });

describe("the module's App Launcher entries", () => {
  it('asks with the access token while it lasts, and keeps the answer briefly', async () => {
    const lanyard = fakeLanyard();
    const state = stateWith(NOW + 600_000);
    expect(await launcherEntries(state, lanyard.transport, NOW)).toBe(ENTRIES);
    expect(await launcherEntries(state, lanyard.transport, NOW + LAUNCHER_ENTRIES_COPY_MS - 1)).toBe(ENTRIES);
    expect(lanyard.entriesAsked).toBe(1);
    expect(await launcherEntries(state, lanyard.transport, NOW + LAUNCHER_ENTRIES_COPY_MS)).toBe(ENTRIES);
    expect(lanyard.entriesAsked).toBe(2);
    expect(lanyard.refreshes).toBe(0);
  });

  it('refreshes an expired access token first, once for pages asked at the same time', async () => {
    const lanyard = fakeLanyard();
    const state = stateWith(NOW - 1);
    const pages = await Promise.all([1, 2, 3].map(() => launcherEntries(state, lanyard.transport, NOW)));
    expect(pages).toEqual([ENTRIES, ENTRIES, ENTRIES]);
    // One refresh: a second use of the same refresh token would have revoked the whole grant.
    expect(lanyard.refreshes).toBe(1);
    expect(state.tokens).toMatchObject({ accessToken: 'access-1', refreshToken: 'refresh-1' });
  });

  it('refreshes once when Lanyard refuses a token that looked valid, and shows nothing once the grant is over', async () => {
    const lanyard = fakeLanyard();
    lanyard.liveAccessToken = 'revoked-elsewhere';
    const state = stateWith(NOW + 600_000);
    expect(await launcherEntries(state, lanyard.transport, NOW)).toBe(ENTRIES);
    expect(lanyard.refreshes).toBe(1);

    // Signed out of Lanyard: the refresh is refused, and no launcher is shown, nor asked for again.
    lanyard.liveAccessToken = '';
    lanyard.liveRefreshToken = null;
    const later = NOW + LAUNCHER_ENTRIES_COPY_MS;
    expect(await launcherEntries(state, lanyard.transport, later)).toBeUndefined();
    expect(state.tokens.refreshToken).toBeNull();
    const refreshes = lanyard.refreshes;
    expect(await launcherEntries(state, lanyard.transport, later + 1)).toBeUndefined();
    expect(lanyard.refreshes).toBe(refreshes);
  });

  it('shows no launcher when Lanyard cannot be reached', async () => {
    const state = stateWith(NOW + 600_000);
    const unreachable: LauncherTransport = {
      refresh: () => Promise.reject(new Error('connect ECONNREFUSED')),
      entries: () => Promise.reject(new Error('connect ECONNREFUSED')),
    };
    expect(await launcherEntries(state, unreachable, NOW)).toBeUndefined();
  });
});
