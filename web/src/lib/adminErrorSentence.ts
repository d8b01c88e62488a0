import type { CombinedError } from '@urql/core';
import { cannotReachLanyardSentence, sentenceForErrorCode } from './errorSentences.ts';
import { graphQLErrorCodes } from './graphQLErrorCodes.ts';
import { graphQLRefusalDetails } from './graphQLRefusalDetails.ts';

/** What a person who is not a Master reads on an admin page, instead of a page that cannot load. */
export const masterOnlySentence = 'Only Master users can manage users. Ask a Master of your company.';

/**
 * The sentence for a failed request on an admin page, chosen by error code. FORBIDDEN means the person
 * is no longer a Master (or never was), so it gets the sentence that says who can do this; a user who
 * is gone since the list was loaded gets one about that user rather than about an address.
 */
export function adminErrorSentence(error: CombinedError): string {
  if (error.networkError) return cannotReachLanyardSentence;
  const codes = graphQLErrorCodes(error);
  if (codes.includes('FORBIDDEN')) return masterOnlySentence;
  if (codes.includes('NOT_FOUND')) return 'This user no longer exists. The list now shows who is left.';
  const code = codes[0] ?? 'INTERNAL_ERROR';
  return sentenceForErrorCode(code, graphQLRefusalDetails(error, code));
}
