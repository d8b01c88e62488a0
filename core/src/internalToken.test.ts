import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  importInternalSigningKey,
  importInternalVerifyingKey,
  signInternalToken,
  verifyInternalToken,
  type InternalTokenError,
} from './internalToken.ts';

async function keyPair() {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  return {
    privateJwk: JSON.stringify(await exportJWK(privateKey)),
    publicJwk: JSON.stringify(await exportJWK(publicKey)),
  };
}

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'accepted';
  } catch (error) {
    return (error as InternalTokenError).reason;
  }
}

describe('internal token', () => {
  it('carries the session principal and request id from the edge to the graph', async () => {
    const { privateJwk, publicJwk } = await keyPair();
    const token = await signInternalToken(await importInternalSigningKey(privateJwk), {
      principal: { scope: 'session', userId: 'u1', companyId: 'c1' , companyName: 'Acme MSP', role: 'USER' },
      requestId: 'req-12345678',
    });
    const claims = await verifyInternalToken(await importInternalVerifyingKey(publicJwk), `Bearer ${token}`);
    expect(claims).toEqual({
      principal: { scope: 'session', userId: 'u1', companyId: 'c1' , companyName: 'Acme MSP', role: 'USER' },
      requestId: 'req-12345678',
    });
  });

  it('refuses a missing, forged, expired or wrongly addressed token', async () => {
    const edge = await keyPair();
    const attacker = await keyPair();
    const verifyingKey = await importInternalVerifyingKey(edge.publicJwk);
    const edgeKey = await importInternalSigningKey(edge.privateJwk);
    const forged = await signInternalToken(await importInternalSigningKey(attacker.privateJwk), {
      principal: { scope: 'edge' },
      requestId: 'x',
    });
    const expired = await new SignJWT({ scope: 'edge' })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer('lanyard-edge')
      .setAudience('lanyard-graph')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 120)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(edgeKey);
    const otherAudience = await new SignJWT({ scope: 'edge' })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer('lanyard-edge')
      .setAudience('some-module')
      .setIssuedAt()
      .setExpirationTime('60s')
      .sign(edgeKey);

    expect(await reasonOf(verifyInternalToken(verifyingKey, undefined))).toBe('missing');
    expect(await reasonOf(verifyInternalToken(verifyingKey, 'Basic abc'))).toBe('missing');
    expect(await reasonOf(verifyInternalToken(verifyingKey, `Bearer ${forged}`))).toBe('invalid');
    expect(await reasonOf(verifyInternalToken(verifyingKey, `Bearer ${expired}`))).toBe('expired');
    expect(await reasonOf(verifyInternalToken(verifyingKey, `Bearer ${otherAudience}`))).toBe('invalid');
  });

  it('will not load a private key where only the public key belongs', async () => {
    const { privateJwk } = await keyPair();
    await expect(importInternalVerifyingKey(privateJwk)).rejects.toThrow(/only the public key/);
  });
});
