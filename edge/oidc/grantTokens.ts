import { hex, randomBase64url, sha256Hex } from '../domain/tokenEncoding.ts';

/**
 * Codes and refresh tokens: `<grant id>.<secret>`, where the grant id (128 random bits, hex) names the
 * grant's object and the secret (256 random bits) proves the holder got the token from us. Only the
 * SHA-256 of the whole token is stored.
 */
const TOKEN = /^([0-9a-f]{32})\.([A-Za-z0-9_-]{43})$/;

export function newGrantId(): string {
  return hex(crypto.getRandomValues(new Uint8Array(16)));
}

export function newGrantToken(grantId: string): string {
  return `${grantId}.${randomBase64url(32)}`;
}

/** The grant a token names, or undefined for anything that is not one of ours in shape. */
export function grantIdOf(token: string): string | undefined {
  return TOKEN.exec(token)?.[1];
}

export function hashGrantToken(token: string): Promise<string> {
  return sha256Hex(token);
}
