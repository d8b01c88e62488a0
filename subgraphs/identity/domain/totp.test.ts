import { generateURI } from 'otplib';
import { describe, expect, it } from 'vitest';
import {
  formatSecretForManualEntry,
  generateTotpSecret,
  matchingTimeStep,
  readTotpCode,
  timeStepAt,
  totpCodeAt,
  totpUri,
} from './totp.ts';

const at = (unixSeconds: number) => new Date(unixSeconds * 1000);

describe('TOTP codes (RFC 6238)', () => {
  // RFC 6238 appendix B, SHA-1 rows: the ASCII secret "12345678901234567890", 8-digit codes.
  const rfcSecret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'; // base32 of "12345678901234567890"
  const rfcVectors: [unixSeconds: number, code: string][] = [
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ];

  it.each(rfcVectors)('at %i the authenticator shows %s, and that code is accepted for its step', async (time, code) => {
    expect(await totpCodeAt(rfcSecret, at(time), { digits: 8 })).toBe(code);
    expect(await matchingTimeStep(rfcSecret, code, at(time), { digits: 8 })).toBe(Math.floor(time / 30));
  });

  const secret = generateTotpSecret();
  const now = at(1_700_000_015); // the middle of a step
  const step = timeStepAt(now);
  const codeForStep = (s: number) => totpCodeAt(secret, at(s * 30));

  it('accepts the current code and names its step', async () => {
    expect(await matchingTimeStep(secret, await codeForStep(step), now)).toBe(step);
  });

  it('accepts a code from one step before or after, and names that step (the one replay protection records)', async () => {
    expect(await matchingTimeStep(secret, await codeForStep(step - 1), now)).toBe(step - 1);
    expect(await matchingTimeStep(secret, await codeForStep(step + 1), now)).toBe(step + 1);
  });

  it('refuses a code from two steps ago or two steps ahead', async () => {
    expect(await matchingTimeStep(secret, await codeForStep(step - 2), now)).toBeNull();
    expect(await matchingTimeStep(secret, await codeForStep(step + 2), now)).toBeNull();
  });

  it('refuses the right code for another secret', async () => {
    expect(await matchingTimeStep(generateTotpSecret(), await codeForStep(step), now)).toBeNull();
  });

  it('reads a code typed with spaces, and refuses anything that is not exactly six digits', async () => {
    const code = await codeForStep(step);
    expect(await matchingTimeStep(secret, ` ${code.slice(0, 3)} ${code.slice(3)} `, now)).toBe(step);
    for (const malformed of ['', '12345', '1234567', '12345a', '１２３４５６', '123-456', '+12345', '0x1234']) {
      expect(readTotpCode(malformed)).toBeNull();
      expect(await matchingTimeStep(secret, malformed, now)).toBeNull();
    }
  });
});

describe('TOTP enrolment', () => {
  it('makes a fresh 160-bit base32 secret each time', () => {
    const secret = generateTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/); // 32 base32 characters × 5 bits = 160 bits
    expect(generateTotpSecret()).not.toBe(secret);
  });

  it('shows the secret in groups of four for manual entry', () => {
    expect(formatSecretForManualEntry('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
  });

  it('puts issuer Lanyard and "company/username" in the QR code URI, with every parameter spelled out', () => {
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    const uri = totpUri({ secret, companyName: 'Acme MSP', username: 'root' });
    expect(uri).toBe(
      `otpauth://totp/Lanyard:Acme%20MSP%2Froot?secret=${secret}&issuer=Lanyard&algorithm=SHA1&digits=6&period=30`,
    );
    // The same label and issuer otplib itself writes; only the default parameters are added.
    expect(uri.startsWith(generateURI({ issuer: 'Lanyard', label: 'Acme MSP/root', secret }))).toBe(true);
  });

  it('keeps a colon, ampersand or accent in a name from breaking the label or the parameters', () => {
    const uri = new URL(totpUri({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', companyName: 'Acme: East & Co', username: 'zoë?x' }));
    const [issuer, ...rest] = uri.pathname.slice(1).split(':');
    expect(issuer).toBe('Lanyard');
    expect(rest).toHaveLength(1); // no second ":" that an app could read as another issuer
    expect(decodeURIComponent(rest[0] ?? '')).toBe('Acme: East & Co/zoë?x');
    expect(uri.searchParams.get('issuer')).toBe('Lanyard');
    expect(uri.searchParams.get('secret')).toBe('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
  });

  it('the code an app computes from the URI is accepted', async () => {
    const secret = generateTotpSecret();
    const fromUri = new URL(totpUri({ secret, companyName: 'Acme', username: 'casey' })).searchParams.get('secret') ?? '';
    const now = new Date();
    expect(await matchingTimeStep(secret, await totpCodeAt(fromUri, now), now)).toBe(timeStepAt(now));
  });
});
