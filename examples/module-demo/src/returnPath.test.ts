import { describe, expect, it } from 'vitest';
import { returnPathOf } from './returnPath.ts';

const PUBLIC_URL = 'http://127.0.0.1:5101';

describe('where a Lanyard sign-in ends', () => {
  it('goes to a page of this module that Lanyard named', () => {
    expect(returnPathOf(`${PUBLIC_URL}/dashboard?tab=groups`, PUBLIC_URL)).toBe('/dashboard?tab=groups');
    expect(returnPathOf('/dashboard', PUBLIC_URL)).toBe('/dashboard');
  });

  it('goes to the dashboard for nothing, another site, or the login pages', () => {
    for (const target of [undefined, 'https://evil.example/', `${PUBLIC_URL}//evil.example/x`, '/\\evil.example', PUBLIC_URL, `${PUBLIC_URL}/login`, `${PUBLIC_URL}/login/lanyard?x=1`, `${PUBLIC_URL}/callback`, 'http://[bad']) {
      expect(returnPathOf(target, PUBLIC_URL), String(target)).toBe('/dashboard');
    }
  });
});
