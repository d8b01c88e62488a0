import { createHmac, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';

/**
 * Recovery codes: ten single-use codes a user gets when two-factor is confirmed, each usable once in
 * place of a TOTP code. Shown once, stored only as hashes.
 *
 * Alphabet: Crockford's base32 in lower case (digits and letters without i, l, o, u), so a code read
 * aloud or copied from paper survives: input is folded to lower case, spaces and dashes are dropped,
 * and o → 0, i/l → 1 as Crockford prescribes. 32 symbols are 5 bits each, so a random byte maps to a
 * symbol without bias; 10 symbols carry 50 bits, shown as "xxxxx-xxxxx".
 *
 * Hashing: HMAC-SHA-256 under a server key (a pepper held in configuration, never in the database),
 * over the user id and the code. Why not argon2id, which the design asks for stored token hashes?
 * A recovery attempt would have to verify up to ten salted hashes (~15 ms each) because a salted hash
 * cannot be looked up; and argon2's cost exists to protect guessable secrets, while these carry 50
 * random bits. Why not plain SHA-256? Unsalted, one sweep of 2^50 candidates (about a GPU-day) would
 * reveal every code of every user in a stolen database at once. With the key outside the database a
 * stolen copy reveals nothing; the user id in the input keeps two users' equal codes from colliding on
 * the unique index. Lookups are by exact hash in SQL: the compared value is an HMAC the attacker cannot
 * compute without the key, so how long a comparison takes tells them nothing about any stored code.
 */

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const SYMBOLS_PER_CODE = 10;
const GROUP_LENGTH = 5;
const KEY_BYTES = 32;
const BASE64URL_KEY = /^[A-Za-z0-9_-]{43}$/; // 32 bytes, unpadded

/** A code in its canonical form (10 alphabet symbols, no dash); only such a string may be hashed. */
export type NormalizedRecoveryCode = string & { readonly brand: 'NormalizedRecoveryCode' };

export interface RecoveryCodeHasher {
  /** The stored form of `code` for `userId`: base64url HMAC-SHA-256. */
  hash(userId: string, code: NormalizedRecoveryCode): string;
}

/** A fresh key in the form createRecoveryCodeHasher takes (for development secrets and tests). */
export function generateRecoveryCodeKey(): string {
  return randomBytes(KEY_BYTES).toString('base64url');
}

/** Imports the server key once; the hasher then hashes with it. */
export function createRecoveryCodeHasher(keyBase64url: string): RecoveryCodeHasher {
  if (!BASE64URL_KEY.test(keyBase64url)) {
    throw new Error('The recovery code key must be 256 random bits written as base64url (43 characters).');
  }
  const key: KeyObject = createSecretKey(Buffer.from(keyBase64url, 'base64url'));
  return {
    hash(userId, code) {
      // The NUL separates the parts, so no (user id, code) pair can be spelled as another.
      return createHmac('sha256', key).update(`${userId}\0${code}`, 'utf8').digest('base64url');
    },
  };
}

/**
 * The canonical form of what a person typed, or null when it cannot be a recovery code (then nothing
 * is looked up). Case, spaces, dashes (including the typographic ones a word processor substitutes)
 * and Crockford's look-alike letters do not matter.
 */
export function normalizeRecoveryCode(input: string): NormalizedRecoveryCode | null {
  const code = input
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-\u2010-\u2015\u2212]+/g, '')
    .replace(/o/g, '0')
    .replace(/[il]/g, '1');
  if (code.length !== SYMBOLS_PER_CODE) return null;
  for (const symbol of code) if (!ALPHABET.includes(symbol)) return null;
  return code as NormalizedRecoveryCode;
}

/** "xxxxx-xxxxx", the form shown to the user and put in the downloadable file. */
export function formatRecoveryCode(code: NormalizedRecoveryCode): string {
  return `${code.slice(0, GROUP_LENGTH)}-${code.slice(GROUP_LENGTH)}`;
}

/**
 * A new set of codes for `userId`: `codes` to show the user once (formatted), and `hashes`, the only
 * thing to store. The two lists are in the same order.
 */
export function generateRecoveryCodes(hasher: RecoveryCodeHasher, userId: string): { codes: string[]; hashes: string[] } {
  const unique = new Set<NormalizedRecoveryCode>();
  while (unique.size < RECOVERY_CODE_COUNT) unique.add(randomRecoveryCode());
  const codes = [...unique];
  return { codes: codes.map(formatRecoveryCode), hashes: codes.map((code) => hasher.hash(userId, code)) };
}

function randomRecoveryCode(): NormalizedRecoveryCode {
  // 256 is a multiple of 32, so keeping the low five bits of a random byte picks each symbol uniformly.
  const symbols = Array.from(randomBytes(SYMBOLS_PER_CODE), (byte) => ALPHABET[byte & 0x1f]);
  return symbols.join('') as NormalizedRecoveryCode;
}
