import type { Context } from 'hono';
import { DomainError } from '@lanyard/core/domainError';
import type { EdgeBindings } from '../env.ts';
import { authenticatesAs, presentedClient } from './clientAuthentication.ts';
import type { OidcClient } from './clientRegistry.ts';
import { allowPublicClientOrigin } from './publicClientCors.ts';

/**
 * What the token, revocation and introspection endpoints share: a module's server calls them with a
 * form body (as OAuth says; no cookie is read, so a forged form post gains nothing) and authenticates
 * its client; errors answer RFC 6749 §5.2 bodies.
 */

const MAX_FORM_BYTES = 16 * 1024;

export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'invalid_target'
  | 'invalid_scope'
  | 'unsupported_grant_type'
  | 'temporarily_unavailable';

export class OAuthError extends Error {
  readonly code: OAuthErrorCode;
  readonly description: string;

  constructor(code: OAuthErrorCode, description: string) {
    super(description);
    this.code = code;
    this.description = description;
  }
}

export async function readForm(c: Context<EdgeBindings>): Promise<Record<string, string>> {
  if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    throw new OAuthError('invalid_request', 'Send the request as application/x-www-form-urlencoded.');
  }
  // Refused before it is read when it says it is too large; checked again after, for a body that lied.
  if (Number(c.req.header('content-length') ?? '0') > MAX_FORM_BYTES) throw new OAuthError('invalid_request', 'The request body is too large.');
  const text = await c.req.text();
  if (text.length > MAX_FORM_BYTES) throw new OAuthError('invalid_request', 'The request body is too large.');
  const form: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(text)) {
    if (name in form) throw new OAuthError('invalid_request', `The ${name} parameter is given more than once.`);
    form[name] = value;
  }
  return form;
}

export async function authenticatedClient(c: Context<EdgeBindings>, form: Record<string, string>): Promise<OidcClient> {
  const presented = presentedClient(c.req.header('authorization'), form);
  if (!presented) throw new OAuthError('invalid_client', 'Authenticate the client with one method: HTTP Basic, the form, or client_id alone for a public client.');
  const { config, requestId } = c.var;
  const client = await config.oidcClients.byClientId(config, presented.clientId, requestId);
  // An unknown client and a wrong secret answer alike.
  if (!client || !(await authenticatesAs(client, presented))) throw new OAuthError('invalid_client', 'The client could not be authenticated.');
  // From here on, the answer (tokens or an OAuth error) is one a public client's own page may read.
  allowPublicClientOrigin(c, client);
  return client;
}

/** An OAuthError as its RFC 6749 §5.2 answer; anything else goes on to the edge's error handler. */
export function oauthErrorResponse(c: Context<EdgeBindings>, error: unknown): Response {
  // A part of Lanyard that did not answer (already logged) is, to a module, a server to try again later.
  if (error instanceof DomainError && error.code === 'SERVICE_UNAVAILABLE') {
    c.header('retry-after', '5');
    return c.json({ error: 'temporarily_unavailable', error_description: 'Lanyard cannot answer right now; try again in a moment.' }, 503);
  }
  if (!(error instanceof OAuthError)) throw error;
  const status = error.code === 'invalid_client' ? 401 : error.code === 'temporarily_unavailable' ? 503 : 400;
  if (status === 401) c.header('www-authenticate', 'Basic realm="lanyard"');
  return c.json({ error: error.code, error_description: error.description }, status);
}
