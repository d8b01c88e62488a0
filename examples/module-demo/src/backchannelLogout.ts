import { Hono } from 'hono';
import { errors, jwtVerify, type JWTPayload } from 'jose';
import type { ModuleDemoParts } from './moduleDemoParts.ts';

/**
 * `POST /backchannel-logout` (OpenID Connect Back-Channel Logout 1.0): Lanyard's server tells this one
 * that a Lanyard session ended, with a logout token, and this module ends its own sessions opened from
 * it, so signing out anywhere signs the person out here too, even with their browser closed.
 *
 * The token is checked as §2.6 asks: Lanyard's signature (its JWKS, fetched and cached by jose), the
 * issuer, this instance's client id as audience, `typ: logout+jwt`, the logout event in `events`, no
 * `nonce` (so no ID token can pass for one), and `sid` or `sub`. A replayed token is harmless: it can
 * only end sessions that already ended, since a new sign-in means a new `sid`.
 */

export const BACKCHANNEL_LOGOUT_EVENT = 'http://schemas.openid.net/event/backchannel-logout';

class LogoutTokenError extends Error {}

export function backchannelLogoutRoutes(parts: ModuleDemoParts): Hono {
  const { config } = parts;

  async function verifyLogoutToken(token: string): Promise<JWTPayload> {
    const configuration = await parts.lanyard.configuration();
    const { payload } = await jwtVerify(token, await parts.lanyard.signingKeys(), {
      issuer: config.lanyardIssuer,
      audience: config.clientId,
      typ: 'logout+jwt',
      algorithms: configuration.serverMetadata().id_token_signing_alg_values_supported ?? ['ES256'],
      requiredClaims: ['iat', 'exp', 'jti'],
    });
    const events = payload.events as Record<string, unknown> | undefined;
    const event = events?.[BACKCHANNEL_LOGOUT_EVENT];
    if (typeof event !== 'object' || event === null) throw new LogoutTokenError('the events claim lacks the back-channel logout event');
    if ('nonce' in payload) throw new LogoutTokenError('a logout token carries no nonce');
    if (typeof payload.sid !== 'string' && typeof payload.sub !== 'string') throw new LogoutTokenError('the token names neither sid nor sub');
    return payload;
  }

  return new Hono().post('/backchannel-logout', async (c) => {
    c.header('cache-control', 'no-store');
    const refuse = (description: string) => c.json({ error: 'invalid_request', error_description: description }, 400);
    if (!(c.req.header('content-type') ?? '').startsWith('application/x-www-form-urlencoded')) {
      return refuse('The body must be application/x-www-form-urlencoded.');
    }
    const token = (await c.req.parseBody()).logout_token;
    if (typeof token !== 'string' || token === '') return refuse('logout_token is missing.');

    let payload: JWTPayload;
    try {
      payload = await verifyLogoutToken(token);
    } catch (error) {
      if (error instanceof LogoutTokenError || error instanceof errors.JOSEError) return refuse(`The logout token is not valid: ${error.message}.`);
      // Lanyard's keys could not be fetched: not the token's fault, and Lanyard retries a 5xx.
      console.error('[module-demo] could not check a logout token:', error);
      return c.json({ error: 'temporarily_unavailable' }, 503);
    }

    const ended =
      typeof payload.sid === 'string'
        ? parts.sessions.endByLanyardSid(payload.sid)
        : parts.sessions.endByAccounts(new Set(parts.accounts.all().filter((account) => account.lanyardSub === payload.sub).map((account) => account.id)));
    console.log(`[module-demo] back-channel logout: ${ended} session(s) ended`);
    return c.body(null, 200);
  });
}
