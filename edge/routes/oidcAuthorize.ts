import { Hono, type Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { DomainError } from '@lanyard/core/domainError';
import { activeSession } from '../activeSession.ts';
import type { EdgeBindings } from '../env.ts';
import { checkAuthorizationRequest, type AuthorizationRequest } from '../oidc/domain/authorizationRequest.ts';
import { noAccessPage, provisioningFailedPage, renderOidcPage, unifiedLoginOffPage, type OidcPage } from '../oidc/domain/oidcPages.ts';
import { provisionModuleAccount } from '../oidc/moduleAccountProvisioning.ts';
import type { GrantRecord } from '../oidc/grantObject.ts';
import { hashGrantToken, newGrantId, newGrantToken } from '../oidc/grantTokens.ts';
import { issuerOf } from '../oidc/issuer.ts';
import { CODE_TTL_MS, GRANT_TTL_MS } from '../oidc/tokenIssuer.ts';
import { currentUserSnapshot } from '../oidc/grantAccess.ts';
import { reachesInstance } from '../oidc/userClaims.ts';
import { SESSION_COOKIE_NAME } from '../sessionCookie.ts';
import { grantObject } from '../oidc/grantObjects.ts';

/**
 * `GET /oauth2/authorize`: a module sends the person here to sign in. With a session that may open the
 * module, the person comes straight back with a code; without one, the sign-in page opens and then
 * continues this very request. Until the client and its exact redirect URI are known good, every
 * error is a page, never a redirect; after, errors go back to the module (RFC 6749 §4.1.2.1). A person
 * who may not open the module reads why, instead of a raw OAuth error.
 */

/** Set by this endpoint on the request it continues after a forced sign-in: signed in at or after this. */
const SIGNED_IN_AFTER = 'lanyard_signed_in_after';

export const oidcAuthorizeRoutes = new Hono<EdgeBindings>().get('/oauth2/authorize', async (c) => {
  const { config, requestId } = c.var;
  const url = new URL(c.req.url);
  const params = url.searchParams;
  const clientId = params.get('client_id');
  const client = clientId ? await config.oidcClients.byClientId(config, clientId, requestId) : undefined;
  const check = checkAuthorizationRequest(params, client);
  if (check.kind === 'errorPage') {
    return page(c, 400, { title: 'This sign-in link is not valid', sentence: `${check.description} Ask the module's administrator to check its Lanyard settings.` });
  }
  if (check.kind === 'redirectError') return redirectWithError(c, check.redirectUri, check.state, check.error, check.description);
  const request = check.request;
  if (!client) throw new Error('a valid authorization request without its client');

  if (!client.unifiedLoginEnabled) return page(c, 403, unifiedLoginOffPage(client));

  let session: Awaited<ReturnType<typeof activeSession>>;
  try {
    session = await activeSession(c, getCookie(c, SESSION_COOKIE_NAME), { withUserSnapshot: true });
  } catch (error) {
    if (error instanceof DomainError && error.code === 'IP_NOT_ALLOWED') {
      return page(c, 403, { title: 'Not from this address', sentence: error.message });
    }
    throw error;
  }
  const signedInAfter = Number(params.get(SIGNED_IN_AFTER) ?? '0') || 0;
  const fresh = (signedInAt: number) => {
    if (signedInAt < signedInAfter) return false;
    if (request.maxAge !== null && Date.now() - signedInAt > request.maxAge * 1000) return false;
    return request.prompt !== 'login' || signedInAfter > 0;
  };
  const signInFirst = (forced: boolean) =>
    request.prompt === 'none'
      ? redirectWithError(c, request.redirectUri, request.state, 'login_required', 'The user must sign in first.')
      : c.redirect(signInToContinue(url, request, forced), 302);
  if (!session || !fresh(session.signedInAt)) return signInFirst(session !== undefined);

  if (session.companyId !== client.companyId) return page(c, 403, noAccessPage(client));
  // The user as the last module opened from this session found them, while nothing changed since.
  const current = await currentUserSnapshot(config, { companyId: session.companyId, userId: session.userId, kept: session.userSnapshot, requestId });
  if (!current || !reachesInstance(current.snapshot.claims, client.instanceId)) return page(c, 403, noAccessPage(client));
  const snapshot = current.snapshot;
  // Automatic provisioning: the person's account in the module exists and is linked before a code is issued.
  if (client.provisioningEnabled) {
    try {
      await provisionModuleAccount(config, client.instanceId, snapshot.claims, session.role, requestId);
    } catch (error) {
      if (error instanceof DomainError && (error.code === 'PROVISIONING_FAILED' || error.code === 'SERVICE_UNAVAILABLE')) {
        return page(c, 502, provisioningFailedPage(client));
      }
      throw error;
    }
  }

  const grantId = newGrantId();
  const code = newGrantToken(grantId);
  const now = Date.now();
  const sessionHandle = session.handle;
  const grant: GrantRecord = {
    grantId,
    clientId: client.clientId,
    userId: session.userId,
    sessionHandle,
    sessionClientAddress: session.clientAddress,
    scope: request.scope,
    nonce: request.nonce,
    authTime: session.signedInAt,
    amr: session.methods,
    redirectUri: request.redirectUri,
    codeChallenge: request.codeChallenge,
    codeHash: await hashGrantToken(code),
    codeExpiresAt: now + CODE_TTL_MS,
    codeRedeemed: false,
    refreshHash: null,
    expiresAt: Math.min(now + GRANT_TTL_MS, session.signedInAt + session.absoluteLifetimeMs),
    revoked: false,
    userSnapshot: snapshot,
  };
  const object = grantObject(config, grantId);
  await object.create(grant);
  const noted = await config.sessions.noteModuleGrant(
    sessionHandle,
    { grantId, clientId: client.clientId, sid: sessionHandle, userId: session.userId, issuer: issuerOf(c), backchannelLogoutUri: client.backchannelLogoutUri },
    current.fresh ? snapshot : undefined,
  );
  if (!noted) {
    // The session ended between its check and now, so its end could not revoke this grant: we do, and
    // the person signs in again, as anyone whose session has ended.
    await object.revoke();
    return signInFirst(false);
  }
  const back = new URL(request.redirectUri);
  back.searchParams.set('code', code);
  if (request.state !== null) back.searchParams.set('state', request.state);
  back.searchParams.set('iss', issuerOf(c));
  return c.redirect(back.href, 302);
});

/**
 * The sign-in page, told to continue this request once a new session exists. A forced sign-in (prompt
 * login, max_age, or a session that is too old) marks the request, so that coming back after signing
 * in does not ask again; the mark can only make the request stricter than the module asked.
 */
function signInToContinue(url: URL, request: AuthorizationRequest, forced: boolean): string {
  const next = new URL(url);
  next.searchParams.delete(SIGNED_IN_AFTER);
  if (forced || request.prompt === 'login' || request.maxAge !== null) next.searchParams.set(SIGNED_IN_AFTER, String(Date.now()));
  const signIn = new URLSearchParams({ continue: `${next.pathname}${next.search}` });
  if (request.loginHint) signIn.set('username', request.loginHint);
  return `/sign-in?${signIn}`;
}

function redirectWithError(c: Context<EdgeBindings>, redirectUri: string, state: string | null, error: string, description: string): Response {
  const back = new URL(redirectUri);
  back.searchParams.set('error', error);
  back.searchParams.set('error_description', description);
  if (state !== null) back.searchParams.set('state', state);
  back.searchParams.set('iss', issuerOf(c));
  return c.redirect(back.href, 302);
}

function page(c: Context<EdgeBindings>, status: 400 | 403 | 502, content: OidcPage): Response {
  return c.html(renderOidcPage(content), status);
}
