import { describe, expect, it } from 'vitest';
import { s256Challenge, verifyPkce } from './pkce.ts';

describe('PKCE S256', () => {
  it('matches RFC 7636 appendix B', async () => {
    expect(await s256Challenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('accepts the right verifier and refuses a wrong, malformed or missing one, or one without a challenge', async () => {
    const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
    const challenge = await s256Challenge(verifier);
    expect(await verifyPkce(challenge, verifier)).toBe(true);
    expect(await verifyPkce(challenge, `${verifier.slice(0, -1)}l`)).toBe(false);
    expect(await verifyPkce(challenge, 'short')).toBe(false);
    expect(await verifyPkce(challenge, null)).toBe(false);
    expect(await verifyPkce(null, verifier)).toBe(false);
    expect(await verifyPkce(null, null)).toBe(true);
  });
});
