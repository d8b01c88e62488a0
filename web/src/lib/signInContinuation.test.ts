import { describe, expect, it } from 'vitest';
import { continuationAfterSignIn, suggestedUsername } from './signInContinuation.ts';

const search = (target: string) => `?${new URLSearchParams({ continue: target })}`;

describe('sign-in continuation', () => {
  it("follows only Lanyard's own authorize endpoint and module links", () => {
    expect(continuationAfterSignIn(search('/launch/5f0c6a52-3c1e-4d7e-9a43-7a1d2b6c2001'))).toBe('/launch/5f0c6a52-3c1e-4d7e-9a43-7a1d2b6c2001');
    expect(continuationAfterSignIn(search('/launch/../admin'))).toBeUndefined();
    expect(continuationAfterSignIn(search('/oauth2/authorize?client_id=bms&state=x'))).toBe('/oauth2/authorize?client_id=bms&state=x');
    for (const target of ['https://evil.example/oauth2/authorize?x', '//evil.example/oauth2/authorize?x', '/home', '/oauth2/authorize', '/oauth2/authorize?\\\\evil']) {
      expect(continuationAfterSignIn(search(target)), target).toBeUndefined();
    }
    expect(continuationAfterSignIn('')).toBeUndefined();
  });

  it('takes the suggested username, shortened to what a username can be', () => {
    expect(suggestedUsername('?username=casey')).toBe('casey');
    expect(suggestedUsername('')).toBe('');
  });
});
