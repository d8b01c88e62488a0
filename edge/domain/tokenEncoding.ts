/**
 * The few byte-level steps the edge's tokens share (session ids, codes, refresh tokens, PKCE, client
 * secrets), on WebCrypto only, so they run alike in workerd and in tests on Node.
 */

export function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** `count` random bytes as base64url: 32 bytes make a 256-bit secret. */
export function randomBase64url(count: number): string {
  return base64url(crypto.getRandomValues(new Uint8Array(count)));
}

export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

export async function sha256Hex(text: string): Promise<string> {
  return hex(await sha256(text));
}

/**
 * Whether two strings are equal, in a time that depends only on their lengths, never on how much of
 * a guess matched. For comparing what a client sent with what it must match.
 */
export function equalInConstantTime(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    difference |= (a.charCodeAt(index) || 0) ^ (b.charCodeAt(index) || 0);
  }
  return difference === 0;
}
