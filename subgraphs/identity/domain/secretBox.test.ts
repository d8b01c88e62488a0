import { describe, expect, it } from 'vitest';
import { createSecretBox, generateSecretBoxKey, SecretBoxError } from './secretBox.ts';

const totpSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('secret box (TOTP secrets at rest)', () => {
  const box = createSecretBox(generateSecretBoxKey());

  it('opens what it sealed, and the stored form never shows the secret', () => {
    const sealed = box.seal(totpSecret, 'user-1');
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain(totpSecret);
    expect(box.open(sealed, 'user-1')).toBe(totpSecret);
  });

  it('seals the same secret differently each time (a fresh nonce), so equal secrets do not show in the database', () => {
    expect(box.seal(totpSecret, 'user-1')).not.toBe(box.seal(totpSecret, 'user-1'));
  });

  it('refuses to open with another key', () => {
    const sealed = box.seal(totpSecret, 'user-1');
    const otherBox = createSecretBox(generateSecretBoxKey());
    expect(() => otherBox.open(sealed, 'user-1')).toThrow(SecretBoxError);
    expect(() => otherBox.open(sealed, 'user-1')).toThrow(/another key .* or it was altered/);
  });

  it('refuses a sealed secret copied into another user’s row', () => {
    const sealed = box.seal(totpSecret, 'user-1');
    expect(() => box.open(sealed, 'user-2')).toThrow(SecretBoxError);
  });

  it('refuses a value altered in any byte of the nonce, the ciphertext or the tag', () => {
    const sealed = box.seal(totpSecret, 'user-1');
    const [version, iv, body] = sealed.split('.') as [string, string, string];
    const flipByte = (part: string, index: number) => {
      const bytes = Buffer.from(part, 'base64url');
      bytes[index] = (bytes[index] ?? 0) ^ 0x01;
      return bytes.toString('base64url');
    };
    const bodyLength = Buffer.from(body, 'base64url').length;
    const tampered = [
      [version, flipByte(iv, 0), body],
      [version, iv, flipByte(body, 0)], // ciphertext
      [version, iv, flipByte(body, bodyLength - 1)], // tag
      [version, iv, Buffer.from(body, 'base64url').subarray(0, bodyLength - 1).toString('base64url')], // truncated
    ];
    for (const parts of tampered) {
      expect(() => box.open(parts.join('.'), 'user-1')).toThrow(SecretBoxError);
    }
  });

  it('refuses values that are not in the v1 format, with a message saying what is wrong', () => {
    expect(() => box.open('v2.AAAA.AAAA', 'user-1')).toThrow(/unknown format/);
    expect(() => box.open(totpSecret, 'user-1')).toThrow(/unknown format/);
    expect(() => box.open('v1.AAAA', 'user-1')).toThrow(/malformed/);
    expect(() => box.open('v1.AAAAAAAAAAAAAAAA.AAAA.AAAA', 'user-1')).toThrow(/malformed/);
    expect(() => box.open('v1.AAAAAAAAAAAAAAAA.AAAA', 'user-1')).toThrow(/malformed/); // shorter than a tag
    expect(() => box.open('v1.AAAA!AAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAA', 'user-1')).toThrow(/malformed/);
  });

  it('refuses a key that is not 256 bits of base64url', () => {
    expect(() => createSecretBox('')).toThrow(/256 random bits written as base64url/);
    expect(() => createSecretBox(Buffer.alloc(16).toString('base64url'))).toThrow(SecretBoxError);
    expect(() => createSecretBox(Buffer.alloc(32).toString('base64'))).toThrow(SecretBoxError); // padded
    expect(() => createSecretBox(`${generateSecretBoxKey()}A`)).toThrow(SecretBoxError);
  });
});
