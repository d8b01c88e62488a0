import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError } from './domainError.ts';
import { errorCatalog, isErrorCode } from './errorCatalog.ts';

/**
 * The one formatError of every Apollo server in Lanyard: domain errors become their catalog code, codes
 * already in the catalog pass through, and anything else (a bug, a driver error) becomes INTERNAL_ERROR
 * with a generic sentence, logged here with the request id and never sent to the client.
 */
export function toPublicGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const unwrapped = unwrapResolverError(error);
  // Errors from resolvers arrive wrapped with a path; errors from validation rules carry the domain
  // error as their originalError without one.
  const original = unwrapped instanceof GraphQLError && unwrapped.originalError ? unwrapped.originalError : unwrapped;
  if (original instanceof DomainError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        ...original.details,
        code: original.code,
        ...(original.fields ? { fields: original.fields } : {}),
      },
    };
  }
  const code = formatted.extensions?.code;
  if (code === 'BAD_USER_INPUT') {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: 'VALIDATION_FAILED' } };
  }
  if (isErrorCode(code) && code !== 'INTERNAL_ERROR') {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  console.error('unexpected error', original);
  return { message: errorCatalog.INTERNAL_ERROR.message, path: formatted.path, extensions: { code: 'INTERNAL_ERROR' } };
}
