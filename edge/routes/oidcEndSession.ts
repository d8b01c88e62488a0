import { Hono, type Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { decodeJwt, jwtVerify } from 'jose';
import type { EdgeBindings } from '../env.ts';
import { renderOidcPage } from '../oidc/domain/oidcPages.ts';
import { issuerOf } from '../oidc/issuer.ts';
import { OIDC_SIGNING_ALGORITHM } from '../oidc/signingKeys.ts';
import { SESSION_COOKIE_NAME, clearedSessionSetCookie } from '../sessionCookie.ts';

/**
 * `GET /oauth2/end_session` (OpenID Connect RP-Initiated Logout 1.0): a module signs its user out of
 * Lanyard with the ID token it was given (`id_token_hint`). The SSO session that token names (`sid`)
 * ends everywhere at once, and with it every module opened from it, which the session's object tells
 * over the back-channel. Then back to the module's registered post-logout address, or a page.
 * Without a hint nothing is ended: a link on another site must not sign anyone out.
 */

/** An ID token of ours, expired or not (a module signing out may hold an old one), or undefined. */
async function hintedSession(c: Context<EdgeBindings>, hint: string): Promise<{ sid: string; clientId: string } | undefined> {
  try {
    const issuedAt = decodeJwt(hint).iat;
    if (typeof issuedAt !== 'number') return undefined;
    const { payload } = await jwtVerify(hint, c.var.config.oidcSigningKeys.verificationKeys, {
      issuer: issuerOf(c),
      algorithms: [OIDC_SIGNING_ALGORITHM],
      typ: 'JWT',
      // Checked as of when it was issued: its signature and issuer still prove who sent it.
      currentDate: new Date(issuedAt * 1000),
    });
    const { sid, aud } = payload;
    const clientId = Array.isArray(aud) ? aud[0] : aud;
    return typeof sid === 'string' && typeof clientId === 'string' ? { sid, clientId } : undefined;
  } catch {
    return undefined;
  }
}

const handler = async (c: Context<EdgeBindings>) => {
  const { config, requestId } = c.var;
  const params = new URL(c.req.url).searchParams;
  const hint = params.get('id_token_hint');
  const hinted = hint ? await hintedSession(c, hint) : undefined;
  if (!hinted) {
    return c.html(
      renderOidcPage({
        title: 'Sign out of Lanyard',
        sentence: 'This sign-out link does not say which sign-in to end. To sign out, use Sign out in Lanyard.',
        link: { href: '/home', text: 'Open Lanyard' },
      }),
      400,
    );
  }
  await config.sessions.endByHandle(hinted.sid);
  const cookie = getCookie(c, SESSION_COOKIE_NAME);
  if (cookie && (await config.sessions.handleOf(cookie)) === hinted.sid) c.header('set-cookie', clearedSessionSetCookie());

  const client = await config.oidcClients.byClientId(config, hinted.clientId, requestId);
  const target = params.get('post_logout_redirect_uri');
  if (client && target && client.postLogoutRedirectUris.includes(target)) {
    const back = new URL(target);
    const state = params.get('state');
    if (state) back.searchParams.set('state', state);
    return c.redirect(back.href, 302);
  }
  return c.html(
    renderOidcPage({ title: 'You are signed out', sentence: 'You are signed out of Lanyard and of the modules you opened from it.', link: { href: '/sign-in', text: 'Sign in again' } }),
    200,
  );
};

export const oidcEndSessionRoutes = new Hono<EdgeBindings>().get('/oauth2/end_session', handler);
