import { Hono } from 'hono';
import { signedIn, signedInPageFrame, type ModuleDemoParts } from './moduleDemoParts.ts';
import { dashboardPage } from './pages.ts';

/** What a signed-in person sees: who they are here, how they signed in, and their Lanyard groups. */
export function dashboardRoutes(parts: ModuleDemoParts): Hono {
  return new Hono().get('/dashboard', async (c) => {
    const current = signedIn(c, parts);
    if (!current) return c.redirect('/login', 302);
    const { account, session } = current;
    return c.html(
      dashboardPage(await signedInPageFrame(parts, current), {
        displayName: account.displayName,
        username: account.username,
        method: session.method,
        role: account.role,
        groups: session.groups,
      }),
    );
  });
}
