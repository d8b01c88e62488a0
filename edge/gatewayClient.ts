import { DomainError, type FieldProblem } from '@lanyard/core/domainError';
import { isErrorCode, type ErrorCode } from '@lanyard/core/errorCatalog';
import { signInternalToken, type Principal } from '@lanyard/core/internalToken';
import { emptyEdgeNotices, readEdgeNotices } from '@lanyard/core/edgeNotices';
import type { GatewayHealthAnswer } from './domain/healthReport.ts';
import type { EdgeConfig } from './env.ts';
import { REQUEST_ID_HEADER } from './requestId.ts';

/**
 * How the edge talks to the gateway: every request carries a fresh internal token for the principal it
 * speaks for and the request id; every answer may carry notices the edge acts on first (edgeNotices.ts). Whatever makes the gateway unreachable is logged here with the cause and
 * answered to the client as SERVICE_UNAVAILABLE, which names no host or URL.
 */

/** Longer than any honest GraphQL operation; without a limit a hung gateway would hold requests open. */
const GATEWAY_TIMEOUT_MS = 30_000;

export interface GatewayRequest {
  /** A GraphQL request body (JSON text). */
  body: string;
  principal: Principal;
  requestId: string;
  /** The client's address (CF-Connecting-IP), for a request forwarded on a client's behalf. */
  clientAddress?: string | undefined;
}

export async function postGraphQLToGateway(config: EdgeConfig, request: GatewayRequest): Promise<Response> {
  const token = await signInternalToken(config.internalTokenKey, {
    principal: request.principal,
    requestId: request.requestId,
    clientAddress: request.clientAddress,
  });
  let response: Response;
  try {
    response = await fetch(`${config.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        [REQUEST_ID_HEADER]: request.requestId,
      },
      body: request.body,
      signal: AbortSignal.timeout(GATEWAY_TIMEOUT_MS),
    });
  } catch (error) {
    throw gatewayUnavailable(request.requestId, 'POST /graphql failed', error);
  }
  // Before the client hears that a password was reset (or a user deleted), that user's sessions are over.
  const notices = readEdgeNotices(response.headers, emptyEdgeNotices());
  // And before an admin hears that a setting changed, the edge has dropped its copy of the old one.
  await Promise.all([
    ...[...notices.endSessionsOf].map((userId) => config.sessions.endAllOf(userId)),
    ...[...notices.settingsChangedOf].map((companyId) => config.companySecurity.invalidate(companyId)),
    ...[...notices.accessChangedOf].map((companyId) => config.companySecurity.noteAccessChanged(companyId)),
  ]);
  for (const clientId of notices.clientsChangedOf) config.oidcClients.invalidate(clientId);
  return response;
}

/** GET the gateway's /healthz (200 or 503, both with a JSON report). Not answering is a health state, not an error. */
export async function fetchGatewayHealth(
  config: EdgeConfig,
  requestId: string,
  timeoutMs: number,
): Promise<GatewayHealthAnswer> {
  try {
    const response = await fetch(`${config.gatewayUrl}/healthz`, {
      headers: { [REQUEST_ID_HEADER]: requestId },
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { reached: true, body: await response.json().catch(() => undefined) };
  } catch (error) {
    console.warn(`[edge] gateway health check failed (request ${requestId}): ${describe(error)}`);
    return { reached: false };
  }
}

export interface GraphQLResult<Data> {
  data: Data | null | undefined;
  errorCodes: ErrorCode[];
  /** The `extensions.fields` of every error (e.g. VALIDATION_FAILED's), those of a well-formed shape. */
  fieldProblems: FieldProblem[];
}

/**
 * Runs one operation the edge orchestrates itself (e.g. the sign-in steps) and returns its data and the
 * catalog codes of its errors. An answer that is not GraphQL JSON means the gateway is broken.
 */
export async function runGatewayOperation<Data>(
  config: EdgeConfig,
  operation: { query: string; variables: Record<string, unknown>; principal: Principal; requestId: string },
): Promise<GraphQLResult<Data>> {
  const response = await postGraphQLToGateway(config, {
    body: JSON.stringify({ query: operation.query, variables: operation.variables }),
    principal: operation.principal,
    requestId: operation.requestId,
  });
  let answer: unknown;
  try {
    answer = await response.json();
  } catch (error) {
    throw gatewayUnavailable(operation.requestId, `answered ${response.status} without JSON`, error);
  }
  if (typeof answer !== 'object' || answer === null) {
    throw gatewayUnavailable(operation.requestId, `answered ${response.status} with no GraphQL result`);
  }
  const data = 'data' in answer ? (answer.data as Data | null) : undefined;
  const errors = 'errors' in answer && Array.isArray(answer.errors) ? (answer.errors as unknown[]) : [];
  const errorCodes = errors.map((error): ErrorCode => {
    const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
    return isErrorCode(code) ? code : 'INTERNAL_ERROR';
  });
  const fieldProblems = errors.flatMap((error) => readFieldProblems((error as { extensions?: { fields?: unknown } } | null)?.extensions?.fields));
  return { data, errorCodes, fieldProblems };
}

function readFieldProblems(fields: unknown): FieldProblem[] {
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((entry: unknown): FieldProblem[] => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { path, message } = entry as { path?: unknown; message?: unknown };
    if (!Array.isArray(path) || !path.every((part) => typeof part === 'string') || typeof message !== 'string') return [];
    return [{ path: path as string[], message }];
  });
}

/**
 * Runs one step of sign-in as the edge itself (principal `edge`, which no browser can ever be) and returns
 * its data. An error code listed in `verdicts` is identity's answer to the person (e.g. BAD_CREDENTIALS)
 * and is thrown as that DomainError with the catalog's sentence; any other code means a part of Lanyard
 * is broken, so it is logged and the client gets SERVICE_UNAVAILABLE.
 */
export async function runEdgeStep<Data>(
  config: EdgeConfig,
  step: {
    operationName: string;
    query: string;
    variables: Record<string, unknown>;
    requestId: string;
    verdicts: readonly ErrorCode[];
  },
): Promise<Data | null | undefined> {
  const result = await runGatewayOperation<Data>(config, {
    query: step.query,
    variables: step.variables,
    principal: { scope: 'edge' },
    requestId: step.requestId,
  });
  const verdict = step.verdicts.find((code) => result.errorCodes.includes(code));
  if (verdict) {
    throw new DomainError(verdict, undefined, verdict === 'VALIDATION_FAILED' ? { fields: result.fieldProblems } : undefined);
  }
  if (result.errorCodes.length > 0) {
    throw gatewayUnavailable(step.requestId, `${step.operationName} failed with ${result.errorCodes.join(', ')}`);
  }
  return result.data;
}

/** Logs what went wrong (for the operator) and returns the error the client sees (names no internals). */
export function gatewayUnavailable(requestId: string, what: string, cause?: unknown): DomainError {
  console.error(`[edge] gateway ${what} (request ${requestId})${cause === undefined ? '' : `: ${describe(cause)}`}`);
  return new DomainError('SERVICE_UNAVAILABLE');
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
