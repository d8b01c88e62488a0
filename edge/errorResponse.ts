import type { Context } from 'hono';
import { DomainError, type FieldProblem } from '@lanyard/core/domainError';
import { errorCatalog, type ErrorCode } from '@lanyard/core/errorCatalog';
import { BindingError, type EdgeBindings } from './env.ts';

/**
 * The edge's one error handler and the two wire shapes it answers with: GraphQL clients (urql on
 * /graphql) read `{errors:[{message, extensions:{code}}]}`, every other route answers
 * `{error:{code, message, fields?}}`. Either way the client gets a catalog code and a sentence a person
 * understands, never a stack trace, a host name or an internal detail.
 */

type Details = Record<string, string | number>;

export interface RestErrorBody {
  error: { code: ErrorCode; message: string; fields?: FieldProblem[]; [detail: string]: unknown };
}

export interface GraphQLErrorBody {
  errors: [{ message: string; extensions: { code: ErrorCode; [detail: string]: unknown } }];
}

/** `details` are the error's public facts, e.g. ACCOUNT_LOCKED's retryAfterSeconds. */
export function restErrorBody(code: ErrorCode, message?: string, fields?: FieldProblem[], details?: Details): RestErrorBody {
  return { error: { ...details, code, message: message ?? errorCatalog[code].message, ...(fields ? { fields } : {}) } };
}

export function graphqlErrorBody(code: ErrorCode, message?: string, details?: Details): GraphQLErrorBody {
  return { errors: [{ message: message ?? errorCatalog[code].message, extensions: { ...details, code } }] };
}

/** The GraphQL endpoint answers errors in GraphQL's shape so that the web's GraphQL client can read them. */
function speaksGraphQL(path: string): boolean {
  return path === '/graphql';
}

export function domainErrorResponse(c: Context<EdgeBindings>, error: DomainError): Response {
  const status = errorCatalog[error.code].status;
  const body = speaksGraphQL(c.req.path)
    ? graphqlErrorBody(error.code, error.message, error.details)
    : restErrorBody(error.code, error.message, error.fields, error.details);
  const retryAfter = error.details?.retryAfterSeconds;
  if (typeof retryAfter === 'number') c.header('retry-after', String(retryAfter));
  return c.json(body, status);
}

/** For `app.onError`: every thrown error of every route ends here. */
export function handleError(error: Error, c: Context<EdgeBindings>): Response {
  if (error instanceof DomainError) return domainErrorResponse(c, error);
  const requestId = c.get('requestId') ?? 'unknown';
  if (error instanceof BindingError) {
    // An operator must act: say exactly which binding is wrong, once per failing request.
    console.error(`[edge] ${error.message} (request ${requestId})`);
  } else {
    console.error(`[edge] unexpected error (request ${requestId})`, error);
  }
  return domainErrorResponse(c, new DomainError('INTERNAL_ERROR'));
}

/** For `app.notFound`. */
export function handleNotFound(c: Context<EdgeBindings>): Response {
  return domainErrorResponse(c, new DomainError('NOT_FOUND'));
}
