/**
 * The edge's session endpoints. The edge answers sign-in with an HttpOnly cookie, so the browser never
 * sees a token; failures come as `{ error: { code, message, fields? } }` and the caller switches on the
 * code.
 */

export type SignInField = 'username' | 'companyName' | 'password';

export interface SignInCredentials {
  username: string;
  companyName: string;
  password: string;
}

export interface FieldError {
  field: string;
  message: string;
}

export type EdgeFailure =
  /** The request never got an answer. */
  | { kind: 'unreachable' }
  /** The edge answered with an error code from the catalog (or one this console does not know yet). */
  | { kind: 'refused'; code: string; fieldErrors: FieldError[] };

export type EdgeOutcome = { ok: true } | { ok: false; failure: EdgeFailure };

export async function signIn(credentials: SignInCredentials): Promise<EdgeOutcome> {
  return postToEdge('/auth/sign-in', credentials);
}

export async function signOut(): Promise<EdgeOutcome> {
  return postToEdge('/auth/sign-out');
}

async function postToEdge(path: string, body?: unknown): Promise<EdgeOutcome> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body ?? {}),
    });
  } catch {
    return { ok: false, failure: { kind: 'unreachable' } };
  }
  if (response.ok) return { ok: true };
  return { ok: false, failure: await readFailure(response) };
}

async function readFailure(response: Response): Promise<EdgeFailure> {
  const body: unknown = await response.json().catch(() => null);
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  if (!error || typeof error.code !== 'string') {
    // Not an answer from Lanyard's error handler, e.g. a proxy's 502 page.
    return { kind: 'refused', code: response.status === 503 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_ERROR', fieldErrors: [] };
  }
  return { kind: 'refused', code: error.code, fieldErrors: readFieldErrors(error.fields) };
}

function readFieldErrors(fields: unknown): FieldError[] {
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((entry: unknown) => {
    if (!isRecord(entry) || !Array.isArray(entry.path) || typeof entry.message !== 'string') return [];
    const field = entry.path[0];
    return typeof field === 'string' ? [{ field, message: entry.message }] : [];
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
