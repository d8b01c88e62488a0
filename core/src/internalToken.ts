import { SignJWT, jwtVerify, importJWK, errors as joseErrors, type JWK, type CryptoKey } from 'jose';
import { isRole, type Role } from './role.ts';

/**
 * The internal token: a short-lived EdDSA JWT that the edge signs for every request it forwards and that
 * the gateway and each subgraph verify. Only the edge holds the private key, so a compromised gateway or
 * subgraph can read tokens but never mint them. It never leaves the servers: browsers hold a cookie.
 */

export const INTERNAL_TOKEN_ISSUER = 'lanyard-edge';
export const INTERNAL_TOKEN_AUDIENCE = 'lanyard-graph';
export const INTERNAL_TOKEN_TTL_SECONDS = 60;
const ALGORITHM = 'EdDSA';

/**
 * Who the request speaks for. `anonymous`: a browser without a session (public operations only).
 * `session`: a signed-in user of a company, with the company's name (which identity needs for the emails
 * of admin actions and tenancy owns) and the role the user had when the session began (a demotion ends
 * the session, so it is never more than the user has now). `edge`: the edge itself, for steps it orchestrates (e.g. sign-in).
 */
export type Principal =
  | { scope: 'anonymous' }
  | { scope: 'session'; userId: string; companyId: string; companyName: string; role: Role }
  | { scope: 'edge' };

export interface InternalClaims {
  principal: Principal;
  requestId: string;
  /** The client's address as the edge saw it (CF-Connecting-IP), when the request came from a client. */
  clientAddress?: string | undefined;
}

export class InternalTokenError extends Error {
  readonly reason: 'missing' | 'expired' | 'invalid';

  constructor(reason: 'missing' | 'expired' | 'invalid') {
    super(`internal token ${reason}`);
    this.reason = reason;
    this.name = 'InternalTokenError';
  }
}

export async function importInternalSigningKey(privateJwkJson: string): Promise<CryptoKey> {
  return (await importJWK(JSON.parse(privateJwkJson) as JWK, ALGORITHM)) as CryptoKey;
}

export async function importInternalVerifyingKey(publicJwkJson: string): Promise<CryptoKey> {
  const jwk = JSON.parse(publicJwkJson) as JWK;
  if ('d' in jwk) throw new Error('INTERNAL_TOKEN_PUBLIC_JWK must hold only the public key (no "d")');
  return (await importJWK(jwk, ALGORITHM)) as CryptoKey;
}

export async function signInternalToken(key: CryptoKey, claims: InternalClaims): Promise<string> {
  const { principal, requestId, clientAddress } = claims;
  const payload: Record<string, string> = { scope: principal.scope, rid: requestId };
  if (clientAddress) payload.ip = clientAddress;
  if (principal.scope === 'session') {
    payload.cid = principal.companyId;
    payload.cnm = principal.companyName;
    payload.role = principal.role;
  }
  const jwt = new SignJWT(payload)
    .setProtectedHeader({ alg: ALGORITHM })
    .setIssuer(INTERNAL_TOKEN_ISSUER)
    .setAudience(INTERNAL_TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${INTERNAL_TOKEN_TTL_SECONDS}s`);
  if (principal.scope === 'session') jwt.setSubject(principal.userId);
  return jwt.sign(key);
}

/** Reads the token from an `Authorization: Bearer` header value; throws InternalTokenError. */
export async function verifyInternalToken(
  key: CryptoKey,
  authorizationHeader: string | null | undefined,
): Promise<InternalClaims> {
  const token = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(authorizationHeader ?? '')?.[1];
  if (!token) throw new InternalTokenError('missing');
  try {
    const { payload } = await jwtVerify(token, key, {
      algorithms: [ALGORITHM],
      issuer: INTERNAL_TOKEN_ISSUER,
      audience: INTERNAL_TOKEN_AUDIENCE,
      maxTokenAge: `${INTERNAL_TOKEN_TTL_SECONDS}s`,
    });
    const requestId = typeof payload.rid === 'string' ? payload.rid : '';
    const clientAddress = typeof payload.ip === 'string' ? payload.ip : undefined;
    switch (payload.scope) {
      case 'anonymous':
      case 'edge':
        return { principal: { scope: payload.scope }, requestId, clientAddress };
      case 'session': {
        const { sub, cid, cnm, role } = payload;
        if (typeof sub === 'string' && typeof cid === 'string' && typeof cnm === 'string' && isRole(role)) {
          const principal = { scope: 'session', userId: sub, companyId: cid, companyName: cnm, role } as const;
          return { principal, requestId, clientAddress };
        }
        throw new InternalTokenError('invalid');
      }
      default:
        throw new InternalTokenError('invalid');
    }
  } catch (error) {
    if (error instanceof InternalTokenError) throw error;
    if (error instanceof joseErrors.JWTExpired) throw new InternalTokenError('expired');
    throw new InternalTokenError('invalid');
  }
}
