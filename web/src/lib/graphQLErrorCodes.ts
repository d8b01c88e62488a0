import type { CombinedError } from '@urql/core';

/** The `extensions.code` of every GraphQL error in a result, to switch on (never on message text). */
export function graphQLErrorCodes(error: CombinedError | undefined): string[] {
  if (!error) return [];
  return error.graphQLErrors.flatMap((graphQLError) => {
    const code = graphQLError.extensions['code'];
    return typeof code === 'string' ? [code] : [];
  });
}
