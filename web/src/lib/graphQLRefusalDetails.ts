import type { CombinedError } from '@urql/core';
import type { RefusalDetails } from './sessionApi.ts';

/**
 * The public facts a GraphQL refusal carries in its extensions beside the code, e.g. the address the
 * edge saw with IP_NOT_ALLOWED, so its sentence can say which address to ask an administrator to list.
 */
export function graphQLRefusalDetails(error: CombinedError | undefined, code: string): RefusalDetails {
  const refusal = error?.graphQLErrors.find((graphQLError) => graphQLError.extensions['code'] === code);
  const details: RefusalDetails = {};
  const clientAddress = refusal?.extensions['clientAddress'];
  const retryAfterSeconds = refusal?.extensions['retryAfterSeconds'];
  if (typeof clientAddress === 'string' && clientAddress !== '') details.clientAddress = clientAddress;
  if (typeof retryAfterSeconds === 'number' && Number.isFinite(retryAfterSeconds) && retryAfterSeconds >= 0) {
    details.retryAfterSeconds = retryAfterSeconds;
  }
  return details;
}
