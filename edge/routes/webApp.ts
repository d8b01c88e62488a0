import { Hono } from 'hono';
import type { EdgeBindings } from '../env.ts';

/**
 * The Svelte app routes on the client by pathname, so each page it knows is answered with the same
 * index.html. Only these paths get it: any other unknown path is a real 404, not an empty app shell.
 * (Files under web/dist, e.g. /assets/*.js, never reach the worker: the assets layer answers them.)
 */
export const WEB_APP_PAGES = [
  '/',
  '/sign-in',
  '/sign-up',
  '/forgot-password',
  '/forgot-company',
  '/reset-password',
  '/home',
  '/admin/users',
  '/admin/groups',
  '/admin/modules',
  '/admin/security',
  '/admin/audit',
  '/account/sessions',
  '/index.html',
] as const;

export const webAppRoutes = new Hono<EdgeBindings>();

for (const page of WEB_APP_PAGES) {
  webAppRoutes.get(page, async (c) => {
    const asset = await c.env.ASSETS.fetch(new Request(new URL('/index.html', c.req.url)));
    if (!asset.ok) throw new Error(`index.html answered ${asset.status}; was the web app built (npm run build:web)?`);
    // A fresh Response: the asset's headers are immutable, and the security headers are added later.
    const headers = new Headers(asset.headers);
    // The shell must be revalidated so a deployment reaches browsers at once; hashed assets cache long.
    headers.set('cache-control', 'no-cache');
    return new Response(asset.body, { status: 200, headers });
  });
}
