import { createHash, randomBytes } from 'node:crypto';

/**
 * OpenID Connect client credentials. The client id is public and random, so ids of other companies'
 * clients cannot be guessed from one's own. The secret is 256 random bits, shown once and kept as its
 * SHA-256: with that much entropy a slow hash adds nothing, and the token endpoint checks it often.
 * The edge compares presented secrets against this hash, in constant time.
 */
export function generateClientId(): string {
  return `lanyard-${randomBytes(12).toString('base64url')}`;
}

export function generateClientSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashClientSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
