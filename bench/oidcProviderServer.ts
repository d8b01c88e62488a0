import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';

/**
 * The `oidc-provider` baseline's server (issue 5), run by bench/oidcProviderBaseline.ts as its own Node
 * process so its CPU is measured like Lanyard's processes. Configured like Lanyard's token endpoint:
 *
 * - one confidential client, client_secret_basic, code flow only, PKCE S256 required;
 * - ES256 for ID tokens and for access tokens, which are JWTs as Lanyard's are (a resource server that
 *   the grant always names, audience = the client), so each grant signs two tokens on both sides;
 * - scopes `openid profile email offline_access`; a refresh token with every code grant of the client,
 *   rotated at every refresh (`rotateRefreshToken: true`) and bound to the session, as Lanyard's grants
 *   end with their SSO session;
 * - the default in-memory adapter; `findAccount` answers one fixed account with Lanyard's claims;
 * - no consent screen (Lanyard has none): `loadExistingGrant` makes the session's grant for the client
 *   on the first authorize; a login is one interaction per session, answered by `interactionFinished`.
 * - lifetimes as Lanyard's: access and ID tokens 10 minutes, codes 1 minute, sessions and grants 12 h.
 *
 * Listens on loopback on a port from the OS; prints one JSON line (issuer, client, version) on stdout
 * once it is ready. Stops when the bench process (its IPC channel) goes away.
 */

export interface OidcProviderServerInfo {
  issuer: string;
  authorizeUrl: string;
  tokenUrl: string;
  redirectUri: string;
  clientId: string;
  clientSecret: string;
  /** The oidc-provider version running. */
  version: string;
}

const CALLBACK = 'http://127.0.0.1:9/callback';
const AUTHORIZE_PATH = '/oauth2/authorize';
const TOKEN_PATH = '/oauth2/token';
const INTERACTION_PATH = '/interaction/';

const CLIENT_ID = 'bench-module';
const ACCOUNT_ID = 'bench-account';
/** The resource server every access token is for, so that access tokens are JWTs, as Lanyard's are. */
const RESOURCE = 'urn:lanyard:bench:module';
const SCOPE = 'openid profile email';
const TWELVE_HOURS = 12 * 60 * 60;

const claims = {
  sub: ACCOUNT_ID,
  username: 'root',
  name: 'Bench Root',
  email: 'root@bench.invalid',
  company: 'Bench Company',
  groups: ['All modules'],
};

function signingKey() {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { ...privateKey.export({ format: 'jwk' }), kid: 'bench-es256', alg: 'ES256', use: 'sig' };
}

function configuration(clientSecret: string): Configuration {
  return {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: clientSecret,
        redirect_uris: [CALLBACK],
        response_types: ['code'],
        grant_types: ['authorization_code', 'refresh_token'],
        token_endpoint_auth_method: 'client_secret_basic',
        id_token_signed_response_alg: 'ES256',
      },
    ],
    clientDefaults: { id_token_signed_response_alg: 'ES256' },
    jwks: { keys: [signingKey()] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    routes: { authorization: AUTHORIZE_PATH, token: TOKEN_PATH },
    scopes: ['openid', 'profile', 'email', 'offline_access'],
    claims: { openid: ['sub'], profile: ['username', 'name', 'company', 'groups'], email: ['email'] },
    // Lanyard's ID token carries the user's claims; oidc-provider's would carry only `sub` otherwise.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, _resource, client) => ({
          scope: SCOPE,
          audience: client.clientId,
          accessTokenFormat: 'jwt',
          accessTokenTTL: 600,
          jwt: { sign: { alg: 'ES256' } },
        }),
      },
    },
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: true,
    findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ ...claims, sub }) }),
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const { client, session, provider } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grantId = session.grantIdFor(client.clientId);
      const existing = grantId ? await provider.Grant.find(grantId) : undefined;
      if (existing) return existing;
      const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope(SCOPE);
      grant.addResourceScope(RESOURCE, SCOPE);
      await grant.save();
      return grant;
    },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
      Interaction: 600,
      RefreshToken: TWELVE_HOURS,
      Session: TWELVE_HOURS,
      Grant: TWELVE_HOURS,
    },
  };
}

async function main(): Promise<void> {
  const clientSecret = randomBytes(32).toString('base64url');
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, configuration(clientSecret));
  const handle = provider.callback();

  server.on('request', (request, response) => {
    if (request.method === 'GET' && request.url?.startsWith(INTERACTION_PATH)) {
      // The login a person would make, once per session: the account is signed in, no consent asked.
      provider
        .interactionFinished(request, response, { login: { accountId: ACCOUNT_ID } }, { mergeWithLastSubmission: false })
        .catch((error: unknown) => {
          response.statusCode = 400;
          response.end(error instanceof Error ? error.message : String(error));
        });
      return;
    }
    void handle(request, response);
  });

  const { version } = createRequire(import.meta.url)('oidc-provider/package.json') as { version: string };
  const info: OidcProviderServerInfo = {
    issuer,
    authorizeUrl: `${issuer}${AUTHORIZE_PATH}`,
    tokenUrl: `${issuer}${TOKEN_PATH}`,
    redirectUri: CALLBACK,
    clientId: CLIENT_ID,
    clientSecret,
    version,
  };
  process.stdout.write(`${JSON.stringify(info)}\n`);
  process.on('disconnect', () => process.exit(0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
