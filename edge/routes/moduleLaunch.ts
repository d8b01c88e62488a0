import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { DomainError } from '@lanyard/core/domainError';
import { activeSession } from '../activeSession.ts';
import type { EdgeBindings } from '../env.ts';
import { noAccessPage, renderOidcPage, unifiedLoginOffPage } from '../oidc/domain/oidcPages.ts';
import { issuerOf } from '../oidc/issuer.ts';
import { fetchLaunchTarget } from '../oidc/launchTarget.ts';
import { fetchUserClaims, reachesInstance } from '../oidc/userClaims.ts';
import { SESSION_COOKIE_NAME } from '../sessionCookie.ts';

/**
 * `GET /launch/<instance id>`: what a My Modules tile (or the App Launcher) links to. A top-level
 * navigation, so the Lanyard session cookie comes along on any site without third-party cookies. With a
 * session that may open the instance, the person goes to the module's initiate-login URI (OpenID Connect
 * Core §4: `iss`, `login_hint`, `target_link_uri`), where the module starts its sign-in with Lanyard and,
 * the session being there, comes straight back signed in; a module without one (or without an OIDC
 * client at all) gets its landing page.
 */
const INSTANCE_ID = /^[0-9a-f-]{36}$/;

export const moduleLaunchRoutes = new Hono<EdgeBindings>().get('/launch/:instanceId', async (c) => {
  const { config, requestId } = c.var;
  const instanceId = c.req.param('instanceId');
  const notFound = () => c.html(renderOidcPage({ title: 'No such module', sentence: 'This module link is not valid.', link: { href: '/home', text: 'Back to My Modules' } }), 404);
  if (!INSTANCE_ID.test(instanceId)) return notFound();

  let session: Awaited<ReturnType<typeof activeSession>>;
  try {
    session = await activeSession(c, getCookie(c, SESSION_COOKIE_NAME));
  } catch (error) {
    if (error instanceof DomainError && error.code === 'IP_NOT_ALLOWED') {
      return c.html(renderOidcPage({ title: 'Not from this address', sentence: error.message }), 403);
    }
    throw error;
  }
  if (!session) return c.redirect(`/sign-in?${new URLSearchParams({ continue: `/launch/${instanceId}` })}`, 302);

  const target = await fetchLaunchTarget(config, instanceId, requestId);
  // Another company's instance and no instance answer alike.
  if (!target || target.companyId !== session.companyId) return notFound();
  if (!target.unifiedLoginEnabled) return c.html(renderOidcPage(unifiedLoginOffPage(target)), 403);
  const user = await fetchUserClaims(config, session.userId, requestId);
  if (!user || !reachesInstance(user, target.instanceId)) return c.html(renderOidcPage(noAccessPage(target)), 403);

  if (!target.initiateLoginUri) return c.redirect(target.landingPageUrl, 302);
  const initiate = new URL(target.initiateLoginUri);
  initiate.searchParams.set('iss', issuerOf(c));
  initiate.searchParams.set('login_hint', user.username);
  initiate.searchParams.set('target_link_uri', target.landingPageUrl);
  return c.redirect(initiate.href, 302);
});
