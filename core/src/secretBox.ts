import { createCipheriv, createDecipheriv, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';

/**
 * Encryption at rest for secrets Lanyard must be able to read back (identity's TOTP secrets, the modules
 * subgraph's SCIM provisioning tokens): AES-256-GCM with a key from configuration, so a copy of a
 * database alone reveals none of them. node:crypto rather than WebCrypto: this runs only in the Node
 * subgraphs, synchronously, without WebCrypto's promise round trip on every sign-in.
 *
 * A sealed value reads `v1.<iv>.<ciphertext+tag>` (base64url parts). The version names the algorithm
 * so another one (or a key id for rotation) can be added without guessing what old rows hold.
 */

const FORMAT_VERSION = 'v1';
const KEY_BYTES = 32;
/** 96-bit random nonces, the size GCM is designed for; safe for far more secrets than one portal holds. */
const IV_BYTES = 12;
const TAG_BYTES = 16;
const BASE64URL_KEY = /^[A-Za-z0-9_-]{43}$/; // 32 bytes, unpadded
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** A sealed value that cannot be opened: wrong key, altered or truncated value, or another binding. */
export class SecretBoxError extends Error {
  override name = 'SecretBoxError';
}

export interface SecretBox {
  /**
   * Encrypts `plaintext` bound to `boundTo` (its owner's id: a user's, an instance's): the binding is
   * authenticated, not stored, so a sealed secret copied into another owner's row does not open there.
   */
  seal(plaintext: string, boundTo: string): string;
  /** The plaintext; throws SecretBoxError unless the value is intact, from this key, and bound to `boundTo`. */
  open(sealed: string, boundTo: string): string;
}

/** A fresh key in the form createSecretBox takes (for development secrets and tests). */
export function generateSecretBoxKey(): string {
  return randomBytes(KEY_BYTES).toString('base64url');
}

/** Imports the key once; the box then seals and opens with it. */
export function createSecretBox(keyBase64url: string): SecretBox {
  if (!BASE64URL_KEY.test(keyBase64url)) {
    throw new SecretBoxError('The secret box key must be 256 random bits written as base64url (43 characters).');
  }
  const key: KeyObject = createSecretKey(Buffer.from(keyBase64url, 'base64url'));

  return {
    seal(plaintext, boundTo) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(Buffer.from(boundTo, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return [FORMAT_VERSION, iv.toString('base64url'), body.toString('base64url')].join('.');
    },

    open(sealed, boundTo) {
      const [version, ivPart, bodyPart, ...extra] = sealed.split('.');
      if (version !== FORMAT_VERSION) {
        throw new SecretBoxError(`The sealed value has an unknown format (expected "${FORMAT_VERSION}.").`);
      }
      if (ivPart === undefined || bodyPart === undefined || extra.length > 0 || !BASE64URL.test(ivPart + bodyPart)) {
        throw new SecretBoxError('The sealed value is malformed (expected three dot-separated base64url parts).');
      }
      const iv = Buffer.from(ivPart, 'base64url');
      const body = Buffer.from(bodyPart, 'base64url');
      if (iv.length !== IV_BYTES || body.length < TAG_BYTES) {
        throw new SecretBoxError('The sealed value is malformed (nonce or tag has the wrong length).');
      }
      const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(boundTo, 'utf8'));
      decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
      try {
        return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch (cause) {
        throw new SecretBoxError(
          'The sealed value does not authenticate: it was sealed with another key or for another owner, or it was altered.',
          { cause },
        );
      }
    },
  };
}
