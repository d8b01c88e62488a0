import { Hono } from 'hono';
import * as oidc from 'openid-client';
import type { ModuleDemoParts } from './moduleDemoParts.ts';

/**
 * Sign out (a form post from the header): the module session ends here at once. Someone who came
 * through Lanyard is then sent to Lanyard's end_session with their ID token, which ends the Lanyard
 * session too (and with it every other module opened from it), and comes back to this module's
 * login page, registered in Lanyard as the instance's post-logout redirect URI.
 */
export function signOutRoutes(parts: ModuleDemoParts): Hono {
  return new Hono().post('/logout', async (c) => {
    const session = parts.sessions.find(parts.cookies.readSession(c));
    parts.cookies.clearSession(c);
    if (!session) return c.redirect('/login', 303);
    parts.sessions.end(session.id);
    if (session.method === 'lanyard' && session.idToken) {
      try {
        const endSession = oidc.buildEndSessionUrl(await parts.lanyard.configuration(), {
          id_token_hint: session.idToken,
          post_logout_redirect_uri: `${parts.config.publicUrl}/login`,
        });
        return c.redirect(endSession.href, 303);
      } catch (error) {
        // Lanyard unreachable: the module session is over all the same; Lanyard's ends when it can tell.
        console.error('[module-demo] could not send the sign-out on to Lanyard:', error);
      }
    }
    return c.redirect('/login', 303);
  });
}
