import { isWellFormedCodeChallenge } from './pkce.ts';

/**
 * An OpenID Connect authorization request (`/oauth2/authorize`), checked in the order the spec asks:
 * first the client and the redirect URI, and until both are known good nothing is ever redirected
 * (an error page instead, so the endpoint cannot be used to send people anywhere); then everything
 * else, whose errors go back to the client's redirect URI with `state`, as RFC 6749 §4.1.2.1 says.
 */

export interface RegisteredClient {
  clientId: string;
  clientType: 'CONFIDENTIAL' | 'PUBLIC';
  redirectUris: readonly string[];
}

export interface AuthorizationRequest {
  clientId: string;
  redirectUri: string;
  scope: string[];
  state: string | null;
  nonce: string | null;
  codeChallenge: string | null;
  loginHint: string | null;
  prompt: 'none' | 'login' | null;
  /** Seconds; the user must have signed in at most this long ago. */
  maxAge: number | null;
}

export type AuthorizationRequestCheck =
  | { kind: 'valid'; request: AuthorizationRequest }
  | { kind: 'errorPage'; error: 'invalid_request' | 'invalid_client'; description: string }
  | { kind: 'redirectError'; redirectUri: string; state: string | null; error: string; description: string };

const MAX_PARAMETER_LENGTH = 2048;

/** `client` is the client registered under the request's client_id, or undefined when there is none. */
export function checkAuthorizationRequest(
  params: URLSearchParams,
  client: RegisteredClient | undefined,
): AuthorizationRequestCheck {
  const single = (name: string): string | null => {
    const values = params.getAll(name);
    return values.length === 1 && values[0] !== '' && values[0]!.length <= MAX_PARAMETER_LENGTH ? values[0]! : null;
  };
  const clientId = single('client_id');
  if (!clientId) return { kind: 'errorPage', error: 'invalid_request', description: 'The request names no client (client_id).' };
  if (!client || client.clientId !== clientId) {
    return { kind: 'errorPage', error: 'invalid_client', description: 'No module is registered with this client_id.' };
  }
  const redirectUri = single('redirect_uri');
  // Exact match, character for character: no prefix, no normalization, no wildcard.
  if (!redirectUri || !client.redirectUris.includes(redirectUri)) {
    return {
      kind: 'errorPage',
      error: 'invalid_request',
      description: 'The redirect_uri is missing or is not one of the addresses registered for this module.',
    };
  }

  const state = params.getAll('state').length === 1 ? single('state') : null;
  const fail = (error: string, description: string): AuthorizationRequestCheck => ({ kind: 'redirectError', redirectUri, state, error, description });
  for (const name of ['client_id', 'redirect_uri', 'response_type', 'scope', 'state', 'nonce', 'code_challenge', 'code_challenge_method', 'prompt', 'max_age', 'login_hint']) {
    if (params.getAll(name).length > 1) return fail('invalid_request', `The ${name} parameter is given more than once.`);
  }
  if (params.has('request') || params.has('request_uri')) {
    return fail(params.has('request') ? 'request_not_supported' : 'request_uri_not_supported', 'Request objects are not supported.');
  }
  if (single('response_type') !== 'code') return fail('unsupported_response_type', 'Only response_type=code is supported.');
  const scope = (single('scope') ?? '').split(' ').filter((part) => part !== '');
  if (!scope.includes('openid')) return fail('invalid_scope', 'The scope must include openid.');

  const codeChallenge = single('code_challenge');
  const method = single('code_challenge_method');
  if (codeChallenge === null && client.clientType === 'PUBLIC') {
    return fail('invalid_request', 'A public client must use PKCE (code_challenge with code_challenge_method=S256).');
  }
  if (codeChallenge !== null && (method !== 'S256' || !isWellFormedCodeChallenge(codeChallenge))) {
    return fail('invalid_request', 'The code_challenge must be an S256 challenge (code_challenge_method=S256).');
  }
  if (codeChallenge === null && method !== null) return fail('invalid_request', 'A code_challenge_method needs a code_challenge.');

  const prompt = single('prompt');
  if (prompt !== null && prompt !== 'none' && prompt !== 'login') return fail('invalid_request', 'prompt must be none or login.');
  const maxAgeText = single('max_age');
  if (maxAgeText !== null && !/^(0|[1-9][0-9]{0,8})$/.test(maxAgeText)) return fail('invalid_request', 'max_age must be a whole number of seconds.');

  return {
    kind: 'valid',
    request: {
      clientId,
      redirectUri,
      scope,
      state,
      nonce: single('nonce'),
      codeChallenge,
      loginHint: single('login_hint'),
      prompt,
      maxAge: maxAgeText === null ? null : Number(maxAgeText),
    },
  };
}
