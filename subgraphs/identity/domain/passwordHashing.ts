import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id at the OWASP minimum (m = 19 MiB, t = 2, p = 1): about 15 ms per hash on this hardware, so a
 * sign-in stays fast while an offline guess stays expensive.
 */
const OWASP_ARGON2ID = {
  algorithm: 2, // Algorithm.Argon2id (a const enum, which isolated modules cannot import)
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OWASP_ARGON2ID);
}

/**
 * A hash of a random password nobody knows, made once per process. Sign-in verifies against it when the
 * account does not exist, so an unknown user costs one argon2 verification too and timing tells nothing.
 */
let decoyHash: Promise<string> | undefined;

export async function verifyPassword(storedHash: string | undefined, password: string): Promise<boolean> {
  if (storedHash === undefined) {
    decoyHash ??= hashPassword(crypto.randomUUID());
    await verify(await decoyHash, password);
    return false;
  }
  return verify(storedHash, password);
}
