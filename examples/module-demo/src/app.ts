import { Hono } from 'hono';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { lanyardLauncherTransport } from './appLauncher.ts';
import { backchannelLogoutRoutes } from './backchannelLogout.ts';
import type { ModuleDemoConfig } from './config.ts';
import { moduleCookies } from './cookies.ts';
import { dashboardRoutes } from './dashboard.ts';
import { lanyardClient } from './lanyardClient.ts';
import { lanyardLoginRoutes } from './lanyardLogin.ts';
import { LocalAccounts } from './localAccounts.ts';
import { localLoginRoutes } from './localLogin.ts';
import { pageFrame, type ModuleDemoParts } from './moduleDemoParts.ts';
import { ModuleSessions } from './moduleSessions.ts';
import { messagePage, STYLES } from './pages.ts';
import { PreLogins } from './preLogins.ts';
import { scimUsersRoutes } from './scimUsers.ts';
import { securityHeaders } from './securityHeaders.ts';
import { signOutRoutes } from './signOut.ts';

/**
 * One instance of the module as a hono app, with everything it keeps (accounts, sessions, pending
 * Lanyard sign-ins) in memory. Tests run it in-process; server.ts puts it on a port.
 */
export function createModuleDemo(config: ModuleDemoConfig): Hono {
  const lanyard = lanyardClient(config);
  const parts: ModuleDemoParts = {
    config,
    accounts: new LocalAccounts(config.localAccounts),
    sessions: new ModuleSessions(),
    preLogins: new PreLogins(),
    cookies: moduleCookies(config.publicUrl),
    lanyard,
    launcher: lanyardLauncherTransport(lanyard),
  };

  const app = new Hono();
  app.use(securityHeaders(config.lanyardIssuer));
  // The browser's form posts must come from this module's own pages (no login or logout forged by
  // another site). Not the back-channel or SCIM: servers post those, without an Origin.
  app.use('/login', csrf({ origin: config.publicUrl }));
  app.use('/logout', csrf({ origin: config.publicUrl }));

  app.get('/styles.css', (c) => c.body(STYLES, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=300' }));
  app.route('/', localLoginRoutes(parts));
  app.route('/', lanyardLoginRoutes(parts));
  app.route('/', dashboardRoutes(parts));
  app.route('/', signOutRoutes(parts));
  app.route('/', backchannelLogoutRoutes(parts));
  app.route('/scim/v2', scimUsersRoutes(parts));

  app.notFound((c) => c.html(messagePage(pageFrame(parts), { title: 'Not found', sentence: 'There is no page at this address.', link: { href: '/', text: 'Go to the start' } }), 404));
  app.onError((error, c) => {
    // The CSRF check's refusal: a form of another site, or of a page too old to send its Origin.
    if (error instanceof HTTPException && error.status === 403) {
      return c.html(messagePage(pageFrame(parts), { title: 'Refused', sentence: 'This form was not sent from this module’s own page. Open the page again and retry.', link: { href: '/login', text: 'Open the login page' } }), 403);
    }
    console.error('[module-demo] unexpected error:', error);
    if (c.req.path.startsWith('/scim/')) {
      return c.body(JSON.stringify({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '500', detail: 'Internal error.' }), 500, {
        'content-type': 'application/scim+json; charset=utf-8',
      });
    }
    return c.html(messagePage(pageFrame(parts), { title: 'Something went wrong', sentence: 'The module could not answer. Try again.' }), 500);
  });
  return app;
}
