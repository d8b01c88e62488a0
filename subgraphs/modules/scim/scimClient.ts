import {
  readScimAccount,
  readScimListResponse,
  SCIM_MEDIA_TYPE,
  scimUsersUrl,
  type ScimAccount,
} from '../domain/scimUser.ts';

/**
 * Lanyard's SCIM 2.0 client for one module instance: GET /Users with a filter, POST /Users. Every call
 * carries the instance's bearer token, is cut off after `timeoutMs`, and follows no redirect (a token
 * sent to a redirect's target would go where no Master pointed it). What went wrong is a ScimError whose
 * message is for the operator's log: the status and the module's SCIM error type, never the token.
 */

export const SCIM_TIMEOUT_MS = 5_000;

export class ScimError extends Error {
  override name = 'ScimError';
  /** The HTTP status the module answered, or undefined when it did not answer (timeout, refused). */
  readonly status: number | undefined;
  constructor(message: string, status?: number, options?: { cause?: unknown }) {
    super(message, options);
    this.status = status;
  }
}

export interface ScimClient {
  /** The accounts a filter lists (the first page: a username or email names one account, or very few). */
  listUsers(filter: string): Promise<ScimAccount[]>;
  /** Creates an account and answers it as created. */
  createUser(body: Record<string, unknown>): Promise<ScimAccount>;
}

export function createScimClient(options: { baseUrl: string; token: string; timeoutMs?: number }): ScimClient {
  const timeoutMs = options.timeoutMs ?? SCIM_TIMEOUT_MS;

  async function call(method: 'GET' | 'POST', url: string, body?: unknown): Promise<{ status: number; json: unknown }> {
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: {
          authorization: `Bearer ${options.token}`,
          accept: `${SCIM_MEDIA_TYPE}, application/json`,
          ...(body === undefined ? {} : { 'content-type': SCIM_MEDIA_TYPE }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      throw new ScimError(
        timedOut ? `${method} /Users did not answer within ${timeoutMs} ms` : `${method} /Users could not be reached (${describe(error)})`,
        undefined,
        { cause: error },
      );
    }
    const text = await response.text().catch(() => '');
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (response.status < 200 || response.status > 299) {
      throw new ScimError(`${method} /Users answered ${response.status}${scimTypeOf(json)}`, response.status);
    }
    return { status: response.status, json };
  }

  return {
    async listUsers(filter) {
      const { json } = await call('GET', scimUsersUrl(options.baseUrl, filter));
      const accounts = readScimListResponse(json);
      if (!accounts) throw new ScimError('GET /Users answered something other than a SCIM ListResponse');
      return accounts;
    },
    async createUser(body) {
      const { json } = await call('POST', scimUsersUrl(options.baseUrl), body);
      const account = readScimAccount(json);
      if (!account) throw new ScimError('POST /Users answered something other than a SCIM User with an id');
      return account;
    },
  };
}

/** A SCIM error body's scimType (RFC 7644 §3.12), a word from a fixed list: safe for the log. */
function scimTypeOf(json: unknown): string {
  const scimType = typeof json === 'object' && json !== null ? (json as { scimType?: unknown }).scimType : undefined;
  return typeof scimType === 'string' && /^[A-Za-z]{1,32}$/.test(scimType) ? ` (scimType ${scimType})` : '';
}

function describe(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return error instanceof Error ? `${error.name}${cause}` : 'unknown error';
}
