import { Hono, type Context } from 'hono';
import * as oidc from 'openid-client';
import { linkLanyardUser } from './accountLinking.ts';
import { tokensFrom } from './appLauncher.ts';
import { pageFrame, startSession, type ModuleDemoParts } from './moduleDemoParts.ts';
import { messagePage } from './pages.ts';
import { returnPathOf } from './returnPath.ts';

/**
 * Log In with Lanyard: OpenID Connect's authorization code flow with PKCE (S256), through
 * `openid-client` unchanged. `/login/lanyard` remembers a fresh verifier, state and nonce on the
 * server and sends the person to Lanyard; Lanyard sends them back to `/callback`, where the library
 * checks the state, trades the code, and validates the ID token (signature, issuer, audience, nonce,
 * expiry). Then the Lanyard user is linked to their account here, and a module session starts.
 *
 * `/login/lanyard` is also the instance's initiate-login URI (OpenID Connect Core §4): Lanyard's My
 * Modules and App Launcher send people here with `iss`, `login_hint` and `target_link_uri`, and
 * someone already signed in to Lanyard passes straight through to where they were going.
 */

export const LANYARD_SCOPES = 'openid profile email';

export function lanyardLoginRoutes(parts: ModuleDemoParts): Hono {
  const { config } = parts;
  const redirectUri = `${config.publicUrl}/callback`;

  const lanyardUnreachable = (c: Context, error: unknown) => {
    const reason = error instanceof Error ? `${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ''}` : String(error);
    console.error(`[module-demo] Lanyard could not be reached: ${reason}`);
    return c.html(
      messagePage(pageFrame(parts), {
        title: 'Lanyard cannot be reached',
        sentence: 'Signing in through Lanyard is not possible right now. Try again in a moment, or log in with an account of this module.',
        link: { href: '/login', text: 'Back to log in' },
      }),
      503,
    );
  };

  return new Hono()
    .get('/login/lanyard', async (c) => {
      const { iss, login_hint: loginHint, target_link_uri: targetLinkUri } = c.req.query();
      // A login started by a provider: only ours may start one (§4 asks the client to check iss).
      if (iss !== undefined && iss !== config.lanyardIssuer) {
        return c.html(
          messagePage(pageFrame(parts), {
            title: 'This sign-in link is not for this module',
            sentence: 'It names a sign-in service this module does not use.',
            link: { href: '/login', text: 'Back to log in' },
          }),
          400,
        );
      }
      let configuration: oidc.Configuration;
      try {
        configuration = await parts.lanyard.configuration();
      } catch (error) {
        return lanyardUnreachable(c, error);
      }
      const codeVerifier = oidc.randomPKCECodeVerifier();
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      parts.cookies.writePreLogin(c, parts.preLogins.put({ codeVerifier, state, nonce, returnTo: returnPathOf(targetLinkUri, config.publicUrl) }));
      const authorizationUrl = oidc.buildAuthorizationUrl(configuration, {
        redirect_uri: redirectUri,
        scope: LANYARD_SCOPES,
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
        ...(loginHint ? { login_hint: loginHint } : {}),
      });
      return c.redirect(authorizationUrl.href, 302);
    })
    .get('/callback', async (c) => {
      const preLogin = parts.preLogins.take(parts.cookies.readPreLogin(c));
      parts.cookies.clearPreLogin(c);
      if (!preLogin) {
        return c.html(
          messagePage(pageFrame(parts), {
            title: 'This sign-in has expired',
            sentence: 'The sign-in through Lanyard took too long or was started in another browser. Start it again.',
            link: { href: '/login/lanyard', text: 'Log In with Lanyard' },
          }),
          400,
        );
      }

      let configuration: oidc.Configuration;
      try {
        configuration = await parts.lanyard.configuration();
      } catch (error) {
        return lanyardUnreachable(c, error);
      }
      // The URL Lanyard redirected to, on the module's public address: the library derives the
      // redirect_uri it must send from it, which must be exactly the registered one.
      const currentUrl = new URL(`/callback${new URL(c.req.url).search}`, config.publicUrl);
      let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
      try {
        tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
          pkceCodeVerifier: preLogin.codeVerifier,
          expectedState: preLogin.state,
          expectedNonce: preLogin.nonce,
          idTokenExpected: true,
        });
      } catch (error) {
        // Lanyard answered with an OAuth error (e.g. access_denied): say so; anything else is ours to log.
        const said = error instanceof oidc.AuthorizationResponseError || error instanceof oidc.ResponseBodyError ? error.error_description ?? error.error : undefined;
        if (!said) console.error('[module-demo] the Lanyard callback failed:', error);
        return c.html(
          messagePage(pageFrame(parts), {
            title: 'Lanyard did not sign you in',
            sentence: said ?? 'The answer from Lanyard could not be verified. Start the sign-in again.',
            link: { href: '/login', text: 'Back to log in' },
          }),
          400,
        );
      }

      // Validated by the library: this ID token is Lanyard's, for this client, for this sign-in.
      const claims = tokens.claims()!;
      const username = typeof claims.username === 'string' ? claims.username : claims.sub;
      const outcome = linkLanyardUser(parts.accounts, {
        sub: claims.sub,
        username,
        email: typeof claims.email === 'string' ? claims.email : undefined,
      });
      if (outcome.kind !== 'linked') {
        const sentences = {
          noAccount: `Ask your administrator to create one for you, or to turn on automatic user provisioning for this module in Lanyard.`,
          linkedToSomeoneElse: `The account of this module for ${username} is linked to another Lanyard user. Ask your administrator to check it.`,
          deactivated: `Your account in this module (${username}) is deactivated. Ask your administrator to activate it.`,
        };
        return c.html(
          messagePage(pageFrame(parts), {
            title: outcome.kind === 'noAccount' ? `No account for ${username} in this module yet` : 'You cannot sign in here yet',
            sentence: sentences[outcome.kind],
            link: { href: `${config.lanyardIssuer}/home`, text: 'Back to Lanyard' },
          }),
          403,
        );
      }

      startSession(c, parts, {
        accountId: outcome.account.id,
        method: 'lanyard',
        lanyardSid: typeof claims.sid === 'string' ? claims.sid : null,
        idToken: tokens.id_token ?? null,
        groups: Array.isArray(claims.groups) ? claims.groups.filter((group): group is string => typeof group === 'string') : [],
        // Kept server-side for the App Launcher: its entries are asked of Lanyard with the access token.
        launcher: { tokens: tokensFrom(tokens) },
      });
      return c.redirect(preLogin.returnTo, 302);
    });
}
