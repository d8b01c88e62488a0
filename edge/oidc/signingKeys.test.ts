import { SignJWT, createLocalJWKSet, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { generateOidcSigningKeys } from '@lanyard/core/oidcSigningKeyGeneration';
import { importOidcSigningKeys } from './signingKeys.ts';

describe('OIDC signing keys', () => {
  it('signs with the named key and publishes only public halves, the next key among them before it signs', async () => {
    const current = JSON.parse(await generateOidcSigningKeys()) as { signing: string; keys: object[] };
    const next = JSON.parse(await generateOidcSigningKeys()) as { signing: string; keys: object[] };
    const keys = await importOidcSigningKeys(JSON.stringify({ signing: current.signing, keys: [...current.keys, ...next.keys] }));
    expect(keys.jwks.keys.map((key) => key.kid)).toEqual([current.signing, next.signing]);
    expect(keys.jwks.keys.every((key) => !('d' in key) && key.alg === 'ES256' && key.use === 'sig')).toBe(true);

    const token = await new SignJWT({}).setProtectedHeader({ alg: 'ES256', kid: keys.signingKid }).sign(keys.signingKey);
    await expect(jwtVerify(token, createLocalJWKSet(keys.jwks))).resolves.toBeDefined();
  });

  it('refuses a set whose signing key is missing, or a key that is not a private P-256 one', async () => {
    const one = JSON.parse(await generateOidcSigningKeys()) as { signing: string; keys: Record<string, unknown>[] };
    await expect(importOidcSigningKeys(JSON.stringify({ ...one, signing: 'other' }))).rejects.toThrow(/not among its keys/);
    const { d: _d, ...publicOnly } = one.keys[0]!;
    await expect(importOidcSigningKeys(JSON.stringify({ ...one, keys: [publicOnly] }))).rejects.toThrow(/private EC P-256/);
    await expect(importOidcSigningKeys('nope')).rejects.toThrow(/not JSON/);
  });
});
