import { Hono } from 'hono';
import type { EdgeBindings } from '../env.ts';
import { LAUNCHER_ELEMENT_SCRIPT } from '../launcherElement.ts';

/**
 * `GET /launcher.js`: the App Launcher's web component (launcherElement.ts), which modules load into
 * their own pages from Lanyard's origin. The same text for everyone and no cookie read, so any cache
 * may keep it, briefly, so that a new version reaches modules within minutes. Readable cross-origin
 * (CORS without credentials, CORP cross-origin) so a module may pin it with Subresource Integrity or
 * run under cross-origin isolation.
 */
export const launcherScriptRoutes = new Hono<EdgeBindings>().get('/launcher.js', (c) =>
  c.body(LAUNCHER_ELEMENT_SCRIPT, 200, {
    'content-type': 'text/javascript; charset=utf-8',
    'cache-control': 'public, max-age=300',
    'access-control-allow-origin': '*',
    'cross-origin-resource-policy': 'cross-origin',
  }),
);
