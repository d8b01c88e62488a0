import { generateSecret, NobleCryptoPlugin, ScureBase32Plugin, TOTP } from 'otplib';

/**
 * Time-based one-time passwords per RFC 6238, as every authenticator app speaks them: HMAC-SHA-1,
 * 6 digits, 30-second steps counted from the Unix epoch. otplib computes the codes; this module fixes
 * the parameters, reads what a person typed, and says which time step a code belongs to, because the
 * step (not the code) is what replay protection records.
 */

export const TOTP_ISSUER = 'Lanyard';
export const TOTP_PERIOD_SECONDS = 30;
/** Codes from one step before or after the server's clock are accepted: phones drift, people are slow. */
export const ACCEPTED_STEP_DRIFT = 1;
/** 160 bits, the key size RFC 4226 recommends for HMAC-SHA-1. */
const SECRET_BYTES = 20;

/** Production codes have 6 digits; 8 exists only so the RFC 6238 test vectors run through this code. */
export type TotpDigits = 6 | 8;
export interface TotpOptions {
  digits?: TotpDigits;
}

const hmacPlugin = new NobleCryptoPlugin();
const base32Plugin = new ScureBase32Plugin();

function configuredTotp(digits: TotpDigits): TOTP {
  return new TOTP({ algorithm: 'sha1', digits, period: TOTP_PERIOD_SECONDS, crypto: hmacPlugin, base32: base32Plugin });
}
const totpByDigits: Record<TotpDigits, TOTP> = { 6: configuredTotp(6), 8: configuredTotp(8) };

/** A fresh shared secret, base32 without padding (32 characters), as authenticator apps expect it. */
export function generateTotpSecret(): string {
  return generateSecret({ length: SECRET_BYTES, crypto: hmacPlugin, base32: base32Plugin });
}

/**
 * The otpauth URI a QR code carries (Google's Key URI format). The label is "Lanyard:company/username"
 * so an app lists which company account the code is for. Company and username are encoded as one
 * component: otplib's generateURI leaves a ":" inside them unencoded, which would make a name like
 * "Acme: East" read as a second issuer separator, and it omits the default parameters, which some
 * older apps then guess at; so the URI is built here, with every parameter spelled out.
 */
export function totpUri(account: { secret: string; companyName: string; username: string }): string {
  const label = `${encodeURIComponent(TOTP_ISSUER)}:${encodeURIComponent(`${account.companyName}/${account.username}`)}`;
  const parameters: [name: string, value: string][] = [
    ['secret', account.secret],
    ['issuer', TOTP_ISSUER],
    ['algorithm', 'SHA1'],
    ['digits', '6'],
    ['period', String(TOTP_PERIOD_SECONDS)],
  ];
  return `otpauth://totp/${label}?${parameters.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&')}`;
}

/** "ABCD EFGH IJKL …": groups of four are what a person can copy into an app without losing their place. */
export function formatSecretForManualEntry(secret: string): string {
  return (secret.replace(/\s+/g, '').toUpperCase().match(/.{1,4}/g) ?? []).join(' ');
}

/** The RFC 6238 time step (T) that contains `now`. */
export function timeStepAt(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** The code an authenticator shows at `now`; used by tests and by whoever must act as the user's phone. */
export function totpCodeAt(secret: string, now: Date, options: TotpOptions = {}): Promise<string> {
  return totpByDigits[options.digits ?? 6].generate({ secret, epoch: unixSeconds(now) });
}

/**
 * The code as typed, without the spaces apps show in the middle ("123 456"), or null when it is not
 * exactly the expected number of digits; a malformed code is refused before any HMAC is computed.
 */
export function readTotpCode(input: string, options: TotpOptions = {}): string | null {
  const code = input.replace(/\s+/g, '');
  return new RegExp(`^[0-9]{${options.digits ?? 6}}$`).test(code) ? code : null;
}

/**
 * The time step whose code `code` is, when that step lies within ±ACCEPTED_STEP_DRIFT of `now`;
 * otherwise null. otplib compares the candidate codes in constant time. A match is not yet a success:
 * the caller must claim the returned step for the user (once per step), which is what refuses a replay.
 */
export async function matchingTimeStep(
  secret: string,
  code: string,
  now: Date,
  options: TotpOptions = {},
): Promise<number | null> {
  const token = readTotpCode(code, options);
  if (token === null) return null;
  const result = await totpByDigits[options.digits ?? 6].verify(token, {
    secret,
    epoch: unixSeconds(now),
    epochTolerance: ACCEPTED_STEP_DRIFT * TOTP_PERIOD_SECONDS,
  });
  return result.valid ? result.timeStep : null;
}

function unixSeconds(now: Date): number {
  return Math.floor(now.getTime() / 1000);
}
