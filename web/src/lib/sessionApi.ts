/**
 * The edge's session endpoints. The edge answers with HttpOnly cookies, so the browser never sees a
 * token; failures come as `{ error: { code, message, fields? } }` and the caller switches on the code.
 *
 * Signing in takes two requests at least: the password (`/auth/sign-in`) leaves only a short-lived
 * pending cookie and says what comes next; the session exists once the second factor succeeds
 * (`/auth/second-factor`), or, for a user without an authenticator yet, once enrolment is confirmed
 * (`/auth/enrolment` then `/auth/enrolment/confirm`).
 */

export type SignInField = 'username' | 'companyName' | 'password';

export interface SignInCredentials {
  username: string;
  companyName: string;
  password: string;
}

/** What the edge asks for after a correct password. */
export type SignInNext = 'SECOND_FACTOR' | 'ENROL_SECOND_FACTOR';

export interface SecondFactorVerdict {
  method: 'TOTP' | 'RECOVERY_CODE';
  /** How many unused recovery codes remain, when a recovery code was just used. */
  recoveryCodesRemaining?: number;
}

export interface TotpEnrolment {
  otpauthUri: string;
  /** The secret for typing into an app that cannot scan. */
  manualEntryKey: string;
  /** The otpauth URI as a QR code: an SVG document made by the server. */
  qrCodeSvg: string;
}

export interface FieldError {
  field: string;
  message: string;
}

/** Public facts some refusals carry beside their code, for a sentence that says what to do. */
export interface RefusalDetails {
  /** ACCOUNT_LOCKED and RATE_LIMITED: how long until another attempt may succeed. */
  retryAfterSeconds?: number;
  /** IP_NOT_ALLOWED: the address the edge saw, which an administrator would add to the list. */
  clientAddress?: string;
}

export type EdgeFailure =
  /** The request never got an answer. */
  | { kind: 'unreachable' }
  /** The edge answered with an error code from the catalog (or one this console does not know yet). */
  | ({ kind: 'refused'; code: string; fieldErrors: FieldError[] } & RefusalDetails);

export type EdgeResult<T> = { ok: true; value: T } | { ok: false; failure: EdgeFailure };

export async function signIn(credentials: SignInCredentials): Promise<EdgeResult<{ next: SignInNext }>> {
  return postToEdge('/auth/sign-in', credentials, (body) =>
    isRecord(body) && (body.next === 'SECOND_FACTOR' || body.next === 'ENROL_SECOND_FACTOR')
      ? { next: body.next }
      : undefined,
  );
}

/** A 6-digit authenticator code or a recovery code; on success the session cookie is set. */
export async function verifySecondFactor(code: string): Promise<EdgeResult<SecondFactorVerdict>> {
  return postToEdge('/auth/second-factor', { code }, (body) => {
    if (!isRecord(body) || (body.method !== 'TOTP' && body.method !== 'RECOVERY_CODE')) return undefined;
    const remaining = body.recoveryCodesRemaining;
    return typeof remaining === 'number' && Number.isInteger(remaining) && remaining >= 0
      ? { method: body.method, recoveryCodesRemaining: remaining }
      : { method: body.method };
  });
}

/** A new authenticator secret for the signing-in user; starting again replaces an unconfirmed one. */
export async function startEnrolment(): Promise<EdgeResult<TotpEnrolment>> {
  return postToEdge('/auth/enrolment', {}, (body) =>
    isRecord(body) &&
    typeof body.otpauthUri === 'string' &&
    typeof body.manualEntryKey === 'string' &&
    typeof body.qrCodeSvg === 'string'
      ? { otpauthUri: body.otpauthUri, manualEntryKey: body.manualEntryKey, qrCodeSvg: body.qrCodeSvg }
      : undefined,
  );
}

/** A current code from the new authenticator; on success the session cookie is set. */
export async function confirmEnrolment(code: string): Promise<EdgeResult<{ recoveryCodes: string[] }>> {
  return postToEdge('/auth/enrolment/confirm', { code }, (body) =>
    isRecord(body) &&
    Array.isArray(body.recoveryCodes) &&
    body.recoveryCodes.length > 0 &&
    body.recoveryCodes.every((code: unknown) => typeof code === 'string')
      ? { recoveryCodes: body.recoveryCodes as string[] }
      : undefined,
  );
}

/** The password policy of the company a link is for, as the edge names it beside the person. */
export interface LinkPasswordPolicy {
  minLength: number;
  maxLength: number;
}

/** Who a sign-up link is for. */
export interface SignUpInvitation {
  username: string;
  displayName: string;
  companyName: string;
  /** Absent from an edge that does not send it yet; the page then checks against the default policy. */
  passwordPolicy?: LinkPasswordPolicy;
}

/** The token comes from the link's `#token=` fragment; the edge answers SIGN_UP_LINK_INVALID for a dead link. */
export async function fetchSignUpInvitation(token: string): Promise<EdgeResult<SignUpInvitation>> {
  return postToEdge('/auth/sign-up/invitation', { token }, (body) =>
    isRecord(body) &&
    typeof body.username === 'string' &&
    typeof body.displayName === 'string' &&
    typeof body.companyName === 'string'
      ? withPasswordPolicy({ username: body.username, displayName: body.displayName, companyName: body.companyName }, body)
      : undefined,
  );
}

/**
 * Sets the first password. VALIDATION_FAILED names each failed policy rule as a `password` field error.
 * No session begins: the person signs in next, with the password and a second factor.
 */
export async function completeSignUp(token: string, password: string): Promise<EdgeResult<{ username: string; companyName: string }>> {
  return postToEdge('/auth/sign-up', { token, password }, (body) =>
    isRecord(body) && typeof body.username === 'string' && typeof body.companyName === 'string'
      ? { username: body.username, companyName: body.companyName }
      : undefined,
  );
}

/** Who a password reset link is for, and (when the edge says) their company's password policy. */
export interface PasswordResetLink {
  username: string;
  companyName: string;
  passwordPolicy?: LinkPasswordPolicy;
}

/** The edge answers 202 with one sentence whether or not anything matched; the page shows that sentence. */
export async function requestPasswordReset(username: string, companyName: string): Promise<EdgeResult<{ message: string }>> {
  return postToEdge('/auth/forgot-password', { username, companyName }, readMessage);
}

/** Same answer whether or not the address has accounts; the list of companies comes by email. */
export async function requestCompanyNames(email: string): Promise<EdgeResult<{ message: string }>> {
  return postToEdge('/auth/forgot-company', { email }, readMessage);
}

/** The token comes from the link's `#token=` fragment; the edge answers RESET_LINK_INVALID for a dead link. */
export async function fetchPasswordResetLink(token: string): Promise<EdgeResult<PasswordResetLink>> {
  return postToEdge('/auth/reset-password/link', { token }, (body) => {
    const holder = readUserAndCompany(body);
    return holder && withPasswordPolicy(holder, body);
  });
}

/** Sets the new password (VALIDATION_FAILED names each failed policy rule as a `password` field error). */
export async function completePasswordReset(token: string, password: string): Promise<EdgeResult<{ username: string; companyName: string }>> {
  return postToEdge('/auth/reset-password', { token, password }, readUserAndCompany);
}

function readMessage(body: unknown): { message: string } | undefined {
  return isRecord(body) && typeof body.message === 'string' ? { message: body.message } : undefined;
}

function readUserAndCompany(body: unknown): { username: string; companyName: string } | undefined {
  return isRecord(body) && typeof body.username === 'string' && typeof body.companyName === 'string'
    ? { username: body.username, companyName: body.companyName }
    : undefined;
}

/**
 * Adds the link's password policy when the answer carries a well-formed one. A missing or malformed one
 * is left out rather than failing the page: the server checks the password against the real policy
 * anyway, and the checklist then falls back to the default.
 */
function withPasswordPolicy<T extends object>(holder: T, body: unknown): T & { passwordPolicy?: LinkPasswordPolicy } {
  const policy = isRecord(body) ? body.passwordPolicy : undefined;
  if (isRecord(policy) && isWholeNumber(policy.minLength) && isWholeNumber(policy.maxLength)) {
    return { ...holder, passwordPolicy: { minLength: policy.minLength, maxLength: policy.maxLength } };
  }
  return holder;
}

function isWholeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

export async function signOut(): Promise<EdgeResult<null>> {
  return postToEdge('/auth/sign-out', undefined, () => null);
}

/**
 * Posts JSON and reads a success with `read`, which returns undefined when the body is not what the
 * contract promises; that counts as an internal error rather than a half-understood success. A 204
 * reaches `read` as null.
 */
export async function postToEdge<T>(path: string, body: unknown, read: (body: unknown) => T | undefined): Promise<EdgeResult<T>> {
  return requestEdge(path, read, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body ?? {}),
  });
}

/** Reads a JSON resource of the session (e.g. the signed-in user's sessions), like `postToEdge` reads. */
export async function getFromEdge<T>(path: string, read: (body: unknown) => T | undefined): Promise<EdgeResult<T>> {
  return requestEdge(path, read, { method: 'GET', headers: { Accept: 'application/json' } });
}

async function requestEdge<T>(path: string, read: (body: unknown) => T | undefined, init: RequestInit): Promise<EdgeResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, credentials: 'same-origin' });
  } catch {
    return { ok: false, failure: { kind: 'unreachable' } };
  }
  if (!response.ok) return { ok: false, failure: await readFailure(response) };
  const answer: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  const value = read(answer);
  if (value === undefined) return { ok: false, failure: { kind: 'refused', code: 'INTERNAL_ERROR', fieldErrors: [] } };
  return { ok: true, value };
}

async function readFailure(response: Response): Promise<EdgeFailure> {
  const body: unknown = await response.json().catch(() => null);
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  if (!error || typeof error.code !== 'string') {
    // Not an answer from Lanyard's error handler, e.g. a proxy's 502 page.
    return { kind: 'refused', code: response.status === 503 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_ERROR', fieldErrors: [] };
  }
  return { kind: 'refused', code: error.code, fieldErrors: readFieldErrors(error.fields), ...readRefusalDetails(error) };
}

/** Only well-formed details are kept; without them the sentence falls back to the code's own. */
function readRefusalDetails(error: Record<string, unknown>): RefusalDetails {
  const details: RefusalDetails = {};
  const { retryAfterSeconds, clientAddress } = error;
  if (typeof retryAfterSeconds === 'number' && Number.isFinite(retryAfterSeconds) && retryAfterSeconds >= 0) {
    details.retryAfterSeconds = retryAfterSeconds;
  }
  if (typeof clientAddress === 'string' && clientAddress !== '') details.clientAddress = clientAddress;
  return details;
}

function readFieldErrors(fields: unknown): FieldError[] {
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((entry: unknown) => {
    if (!isRecord(entry) || !Array.isArray(entry.path) || typeof entry.message !== 'string') return [];
    const field = entry.path[0];
    return typeof field === 'string' ? [{ field, message: entry.message }] : [];
  });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
