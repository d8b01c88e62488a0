import { Hono, type Context } from 'hono';
import type { EdgeBindings } from '../env.ts';
import type { OidcClient } from '../oidc/clientRegistry.ts';
import { verifyPkce } from '../oidc/domain/pkce.ts';
import { userStillAllowed } from '../oidc/grantAccess.ts';
import type { GrantOutcome, GrantRecord } from '../oidc/grantObject.ts';
import { grantIdOf, hashGrantToken, newGrantToken } from '../oidc/grantTokens.ts';
import { issuerOf } from '../oidc/issuer.ts';
import { OAuthError, authenticatedClient, oauthErrorResponse, readForm } from '../oidc/oauthRequest.ts';
import { ACCESS_TOKEN_TTL_SECONDS, signAccessToken, signIdToken, verifyAccessToken } from '../oidc/tokenIssuer.ts';
import type { UserClaims } from '../oidc/userClaims.ts';
import { grantObject } from '../oidc/grantObjects.ts';

/**
 * `POST /oauth2/token`: a module's server trades a code (with its PKCE verifier) or a refresh token for
 * tokens, or a user's access token for one to another module (token exchange). Clients authenticate with client_secret_basic, client_secret_post or, public ones, none.
 * Every grant checks again that the user still exists and reaches the instance through a group, that
 * Unified Login is still on and that the company's IP access list still admits where the SSO session
 * signed in from (grantAccess.ts); a session that ends (sign-out, an admin, a timeout) revokes its
 * grants, so the module's refreshes end with it. Errors are RFC 6749 §5.2
 * bodies. The body is a form, as OAuth says; no cookie is read here, so no form post can be forged.
 */

const TOKEN_EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';
const ACCESS_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:access_token';

export const oidcTokenRoutes = new Hono<EdgeBindings>().post('/oauth2/token', async (c) => {
  try {
    const form = await readForm(c);
    const client = await authenticatedClient(c, form);
    const grantType = form.grant_type;
    if (grantType === 'authorization_code') return c.json(await redeemCode(c, client, form));
    if (grantType === 'refresh_token') return c.json(await refresh(c, client, form));
    if (grantType === TOKEN_EXCHANGE) return c.json(await exchange(c, client, form));
    throw new OAuthError('unsupported_grant_type', 'Supported: authorization_code, refresh_token and token exchange (RFC 8693).');
  } catch (error) {
    return oauthErrorResponse(c, error);
  }
});

function refusal(outcome: Exclude<GrantOutcome, { ok: true }>, what: 'code' | 'refresh token'): OAuthError {
  switch (outcome.reason) {
    case 'reused':
      return new OAuthError('invalid_grant', `This ${what} was already used; everything it issued is revoked.`);
    case 'expired':
      return new OAuthError('invalid_grant', `This ${what} has expired.`);
    case 'revoked':
      return new OAuthError('invalid_grant', `This ${what} was revoked.`);
    default:
      return new OAuthError('invalid_grant', `This ${what} is not valid.`);
  }
}

async function redeemCode(c: Context<EdgeBindings>, client: OidcClient, form: Record<string, string>): Promise<Record<string, unknown>> {
  const { config } = c.var;
  const code = form.code ?? '';
  const grantId = grantIdOf(code);
  if (!grantId) throw new OAuthError('invalid_grant', 'This code is not valid.');
  const object = grantObject(config, grantId);
  const refreshToken = newGrantToken(grantId);
  const outcome = await object.redeemCode(await hashGrantToken(code), await hashGrantToken(refreshToken), Date.now());
  if (!outcome.ok) throw refusal(outcome, 'code');
  const { grant } = outcome;
  // Redeemed first, checked after: a code presented by the wrong client or without its verifier is
  // spent, so whoever stole it has nothing left to try.
  if (grant.clientId !== client.clientId) throw new OAuthError('invalid_grant', 'This code was issued to another client.');
  if (form.redirect_uri !== grant.redirectUri) throw new OAuthError('invalid_grant', 'The redirect_uri is not the one the code was issued for.');
  if (!(await verifyPkce(grant.codeChallenge, form.code_verifier ?? null))) {
    throw new OAuthError('invalid_grant', 'The code_verifier does not match the code_challenge (or one is missing).');
  }
  const user = await userStillAllowed(config, client, grant, c.var.requestId);
  if (!user) {
    await object.revoke();
    throw new OAuthError('invalid_grant', 'The user may no longer open this module.');
  }
  return issueTokens(c, client, grant, user, refreshToken, true);
}

async function refresh(c: Context<EdgeBindings>, client: OidcClient, form: Record<string, string>): Promise<Record<string, unknown>> {
  const { config } = c.var;
  const presented = form.refresh_token ?? '';
  const grantId = grantIdOf(presented);
  if (!grantId) throw new OAuthError('invalid_grant', 'This refresh token is not valid.');
  const object = grantObject(config, grantId);
  const next = newGrantToken(grantId);
  const outcome = await object.rotateRefresh(await hashGrantToken(presented), await hashGrantToken(next), Date.now());
  if (!outcome.ok) throw refusal(outcome, 'refresh token');
  const { grant } = outcome;
  if (grant.clientId !== client.clientId) {
    // A refresh token of another client presented by this one: nothing of that grant is safe any more.
    await object.revoke();
    throw new OAuthError('invalid_grant', 'This refresh token was issued to another client.');
  }
  const user = await userStillAllowed(config, client, grant, c.var.requestId);
  if (!user) {
    await object.revoke();
    throw new OAuthError('invalid_grant', 'The user may no longer open this module, or their Lanyard session has ended.');
  }
  return issueTokens(c, client, grant, user, next, false);
}

async function issueTokens(
  c: Context<EdgeBindings>,
  client: OidcClient,
  grant: GrantRecord,
  user: UserClaims,
  refreshToken: string,
  fromCode: boolean,
): Promise<Record<string, unknown>> {
  const { oidcSigningKeys } = c.var.config;
  const issuer = issuerOf(c);
  const now = Date.now();
  const [accessToken, idToken] = await Promise.all([
    signAccessToken(oidcSigningKeys, {
      issuer,
      clientId: client.clientId,
      userId: user.userId,
      scope: grant.scope,
      grantId: grant.grantId,
      sid: grant.sessionHandle,
      now,
    }),
    // A refreshed ID token carries no nonce (OpenID Connect Core §12.2); the one from the code does.
    signIdToken(oidcSigningKeys, { issuer, grant: fromCode ? grant : { ...grant, nonce: null }, user, now }),
  ]);
  return {
    access_token: accessToken,
    token_type: 'Bearer',
    expires_in: ACCESS_TOKEN_TTL_SECONDS,
    refresh_token: refreshToken,
    scope: grant.scope.join(' '),
    id_token: idToken,
  };
}

/**
 * Token exchange (RFC 8693): a module holding a user's access token asks for one to call another module
 * of the same company on that user's behalf. It never widens access: the subject token must be the
 * asking client's own, the user must reach the target through their groups now, the target's Unified
 * Login must be on, the scopes can only shrink, and the new token belongs to the same grant (revoking
 * it, or signing out, ends both).
 */
async function exchange(c: Context<EdgeBindings>, client: OidcClient, form: Record<string, string>): Promise<Record<string, unknown>> {
  const { config, requestId } = c.var;
  if (form.subject_token_type !== ACCESS_TOKEN_TYPE) throw new OAuthError('invalid_request', `subject_token_type must be ${ACCESS_TOKEN_TYPE}.`);
  if (form.requested_token_type !== undefined && form.requested_token_type !== ACCESS_TOKEN_TYPE) {
    throw new OAuthError('invalid_request', `Only ${ACCESS_TOKEN_TYPE} can be requested.`);
  }
  if (form.actor_token !== undefined) throw new OAuthError('invalid_request', 'Delegation with an actor_token is not supported.');
  const issuer = issuerOf(c);
  const subject = await verifyAccessToken(config.oidcSigningKeys, issuer, form.subject_token ?? '');
  if (!subject || subject.clientId !== client.clientId) {
    throw new OAuthError('invalid_grant', "The subject_token is not a valid access token issued to this client.");
  }
  const audience = form.audience;
  if (!audience) throw new OAuthError('invalid_target', 'Name the module to call with audience (its client_id).');
  const target = await config.oidcClients.byClientId(config, audience, requestId);
  if (!target || target.companyId !== client.companyId) throw new OAuthError('invalid_target', 'No module of your company has this client_id.');

  const object = grantObject(config, subject.grantId);
  const outcome = await object.read(Date.now());
  if (!outcome.ok) throw new OAuthError('invalid_grant', 'The grant of the subject_token was revoked or has expired.');
  const user = await userStillAllowed(config, target, outcome.grant, requestId);
  if (!user) throw new OAuthError('invalid_target', 'The user may not open that module.');

  const requested = form.scope === undefined ? subject.scope : form.scope.split(' ').filter(Boolean);
  if (!requested.every((scope) => subject.scope.includes(scope))) {
    throw new OAuthError('invalid_scope', 'The scopes can only be those of the subject_token, or fewer.');
  }
  const accessToken = await signAccessToken(config.oidcSigningKeys, {
    issuer,
    clientId: target.clientId,
    userId: user.userId,
    scope: requested,
    grantId: subject.grantId,
    sid: subject.sid,
    now: Date.now(),
  });
  return {
    access_token: accessToken,
    issued_token_type: ACCESS_TOKEN_TYPE,
    token_type: 'Bearer',
    expires_in: ACCESS_TOKEN_TTL_SECONDS,
    scope: requested.join(' '),
  };
}
