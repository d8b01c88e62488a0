import { SignJWT } from 'jose';
import { OIDC_SIGNING_ALGORITHM, type OidcSigningKeys } from './signingKeys.ts';

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
  return new SignJWT({ sid: token.sid, events: { [BACKCHANNEL_LOGOUT_EVENT]: {} } })
    .setProtectedHeader({ alg: OIDC_SIGNING_ALGORITHM, kid: keys.signingKid, typ: 'logout+jwt' })
    .setIssuer(token.issuer)
    .setSubject(token.userId)
    .setAudience(token.clientId)
    .setJti(crypto.randomUUID())
    .setIssuedAt(Math.floor(token.now / 1000))
    .setExpirationTime(Math.floor(token.now / 1000) + 120)
    .sign(keys.signingKey);
}
