/**
 * Codes and refresh tokens: `<grant id>.<secret>`, where the grant id (128 random bits, hex) names the
 * grant's object and the secret (256 random bits) proves the holder got the token from us. Only the
 * SHA-256 of the whole token is stored.
 */
const TOKEN = /^([0-9a-f]{32})\.([A-Za-z0-9_-]{43})$/;

function randomBase64url(bytes: number): string {
  const random = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...random)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function newGrantId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function newGrantToken(grantId: string): string {
  return `${grantId}.${randomBase64url(32)}`;
}

/** The grant a token names, or undefined for anything that is not one of ours in shape. */
export function grantIdOf(token: string): string | undefined {
  return TOKEN.exec(token)?.[1];
}

export async function hashGrantToken(token: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
