import { errorCatalog, type ErrorCode } from './errorCatalog.ts';

/** A field that failed validation, named by its path in the input (e.g. ["input", "username"]). */
export interface FieldProblem {
  path: string[];
  message: string;
}

/**
 * The one error type domain code throws. It knows nothing of HTTP or GraphQL: each protocol layer maps
 * it (a subgraph's formatError, the edge's error handler) to its own wire shape.
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldProblem[] | undefined;
  /** Further facts a client may act on, public like the code (e.g. the address a list would refuse). */
  readonly details: Record<string, string | number> | undefined;

  constructor(
    code: ErrorCode,
    message?: string,
    options?: { fields?: FieldProblem[]; details?: Record<string, string | number> },
  ) {
    super(message ?? errorCatalog[code].message);
    this.name = 'DomainError';
    this.code = code;
    this.fields = options?.fields;
    this.details = options?.details;
  }
}
