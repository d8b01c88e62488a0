import { Hono } from 'hono';
import { pageFrame, signedIn, startSession, type ModuleDemoParts } from './moduleDemoParts.ts';
import { loginPage } from './pages.ts';
import { UNUSABLE_PASSWORD_HASH, verifyPassword } from './passwordHashing.ts';

/**
 * The module's own login page. It offers Log In with Lanyard first and the
 * module's own username and password below it, for accounts that have one (a module keeps working
 * for people outside Lanyard, and when Unified Login is off).
 */
export function localLoginRoutes(parts: ModuleDemoParts): Hono {
  return new Hono()
    .get('/', (c) => c.redirect(signedIn(c, parts) ? '/dashboard' : '/login', 302))
    .get('/login', (c) => {
      if (signedIn(c, parts)) return c.redirect('/dashboard', 302);
      return c.html(loginPage(pageFrame(parts)));
    })
    .post('/login', async (c) => {
      const form = await c.req.parseBody();
      const username = typeof form.username === 'string' ? form.username : '';
      const password = typeof form.password === 'string' ? form.password : '';
      const account = parts.accounts.byUsername(username);
      // Checked against a hash even when there is no account or no password, so that the time taken
      // does not tell which usernames exist; the answer is the same sentence for every failure.
      const matches = await verifyPassword(password, account?.passwordHash ?? UNUSABLE_PASSWORD_HASH);
      if (!account?.passwordHash || !account.active || !matches) {
        return c.html(loginPage(pageFrame(parts), { username, error: 'Wrong username or password.' }), 401);
      }
      startSession(c, parts, { accountId: account.id, method: 'password', lanyardSid: null, idToken: null, groups: [], launcher: null });
      return c.redirect('/dashboard', 303);
    });
}
