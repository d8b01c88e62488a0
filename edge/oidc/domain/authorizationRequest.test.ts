import { describe, expect, it } from 'vitest';
import { checkAuthorizationRequest, type RegisteredClient } from './authorizationRequest.ts';

const confidential: RegisteredClient = { clientId: 'bms', clientType: 'CONFIDENTIAL', redirectUris: ['https://bms.example/cb'] };
const spa: RegisteredClient = { clientId: 'spa', clientType: 'PUBLIC', redirectUris: ['https://spa.example/cb'] };
const CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';
const params = (overrides: Record<string, string | null> = {}, client = confidential) => {
  const base: Record<string, string | null> = {
    client_id: client.clientId,
    redirect_uri: client.redirectUris[0]!,
    response_type: 'code',
    scope: 'openid profile',
    state: 's-1',
    ...overrides,
  };
  return new URLSearchParams(Object.entries(base).filter((entry): entry is [string, string] => entry[1] !== null));
};

describe('authorization request', () => {
  it('shows an error page, never a redirect, until the client and its exact redirect URI are known', () => {
    expect(checkAuthorizationRequest(params({ client_id: null }), undefined).kind).toBe('errorPage');
    expect(checkAuthorizationRequest(params({ client_id: 'other' }), undefined)).toMatchObject({ kind: 'errorPage', error: 'invalid_client' });
    for (const redirect of ['https://bms.example/cb/', 'https://bms.example/CB', 'https://bms.example/cb?x=1', 'https://evil.example/cb', null]) {
      expect(checkAuthorizationRequest(params({ redirect_uri: redirect }), confidential), String(redirect)).toMatchObject({ kind: 'errorPage' });
    }
  });

  it('sends every later error back to the redirect URI with the state', () => {
    expect(checkAuthorizationRequest(params({ response_type: 'token' }), confidential)).toEqual({
      kind: 'redirectError',
      redirectUri: 'https://bms.example/cb',
      state: 's-1',
      error: 'unsupported_response_type',
      description: 'Only response_type=code is supported.',
    });
    expect(checkAuthorizationRequest(params({ scope: 'profile' }), confidential)).toMatchObject({ error: 'invalid_scope' });
    expect(checkAuthorizationRequest(params({ prompt: 'consent' }), confidential)).toMatchObject({ error: 'invalid_request' });
    expect(checkAuthorizationRequest(params({ max_age: '-1' }), confidential)).toMatchObject({ error: 'invalid_request' });
    expect(checkAuthorizationRequest(params({ request: 'eyJ...' }), confidential)).toMatchObject({ error: 'request_not_supported' });
  });

  it('requires PKCE S256 of a public client, accepts it from a confidential one, and refuses plain', () => {
    expect(checkAuthorizationRequest(params({}, spa), spa)).toMatchObject({ kind: 'redirectError', error: 'invalid_request' });
    expect(checkAuthorizationRequest(params({ code_challenge: CHALLENGE, code_challenge_method: 'S256' }, spa), spa).kind).toBe('valid');
    expect(checkAuthorizationRequest(params({ code_challenge: CHALLENGE, code_challenge_method: 'plain' }), confidential)).toMatchObject({ error: 'invalid_request' });
    expect(checkAuthorizationRequest(params({ code_challenge: CHALLENGE }), confidential)).toMatchObject({ error: 'invalid_request' });
    expect(checkAuthorizationRequest(params({ code_challenge_method: 'S256' }), confidential)).toMatchObject({ error: 'invalid_request' });
    const valid = checkAuthorizationRequest(params({ nonce: 'n-1', login_hint: 'casey', prompt: 'login', max_age: '300' }), confidential);
    expect(valid).toEqual({
      kind: 'valid',
      request: {
        clientId: 'bms',
        redirectUri: 'https://bms.example/cb',
        scope: ['openid', 'profile'],
        state: 's-1',
        nonce: 'n-1',
        codeChallenge: null,
        loginHint: 'casey',
        prompt: 'login',
        maxAge: 300,
      },
    });
  });

  it('refuses a parameter given twice', () => {
    const twice = params();
    twice.append('scope', 'openid');
    expect(checkAuthorizationRequest(twice, confidential)).toMatchObject({ kind: 'redirectError', error: 'invalid_request' });
  });
});
