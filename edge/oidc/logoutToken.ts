import { signOidcJwt } from './oidcJwt.ts';
import type { OidcSigningKeys } from './signingKeys.ts';

/**
 * The back-channel logout token (OpenID Connect Back-Channel Logout 1.0 §2.4): a JWT of type logout+jwt
 * that tells a module the session `sid` has ended, so it ends its own session of that user too. It
 * carries the `events` claim and no nonce, so it can never pass as an ID token.
 */
export const BACKCHANNEL_LOGOUT_EVENT = 'http://schemas.openid.net/event/backchannel-logout';

export function signLogoutToken(
  keys: OidcSigningKeys,
  token: { issuer: string; clientId: string; sid: string; userId: string; now: number },
): Promise<string> {
  return signOidcJwt(keys, {
    typ: 'logout+jwt',
    issuer: token.issuer,
    subject: token.userId,
    audience: token.clientId,
    now: token.now,
    ttlSeconds: 120,
    jti: true,
    claims: { sid: token.sid, events: { [BACKCHANNEL_LOGOUT_EVENT]: {} } },
  });
}
