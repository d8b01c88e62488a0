import { errorCatalog, isErrorCode } from '@lanyard/core/errorCatalog';
import { parseIpAddress } from '@lanyard/core/ipAddress';
import { waitInWords } from './durationInWords.ts';
import type { EdgeFailure, RefusalDetails } from './sessionApi.ts';

/**
 * The sentence a person reads for an error code from the edge or the GraphQL API. The web switches on
 * the code, never on the server's message text; every code in Lanyard's catalog carries its sentence.
 * Some refusals carry public facts beside the code (how long to wait, the address the edge saw), which
 * make the sentence say exactly what to do; without them the catalog's sentence stands.
 */
export function sentenceForErrorCode(code: string, details: RefusalDetails = {}): string {
  const { retryAfterSeconds, clientAddress } = details;
  switch (code) {
    case 'ACCOUNT_LOCKED':
      if (retryAfterSeconds !== undefined) return `Too many wrong attempts. Try again in ${waitInWords(retryAfterSeconds)}.`;
      break;
    case 'RATE_LIMITED':
      if (retryAfterSeconds !== undefined) {
        return `Too many failed sign-ins from your network. Try again in ${waitInWords(retryAfterSeconds)}.`;
      }
      break;
    case 'IP_NOT_ALLOWED':
      // The edge says "unknown" when it saw no address; asking an administrator to add that helps nobody.
      if (clientAddress !== undefined && parseIpAddress(clientAddress)) {
        return `Your company allows sign-in only from listed addresses; ask your administrator to add ${clientAddress}.`;
      }
      break;
  }
  if (isErrorCode(code)) return errorCatalog[code].message;
  return 'Something went wrong. Try again in a moment.';
}

/** When the request never got an answer (offline, the edge restarting, a proxy dropping it). */
export const cannotReachLanyardSentence = 'Lanyard could not be reached. Check your connection and try again.';

/** The sentence for any failed request to the edge, when the caller has nothing more specific to say. */
export function sentenceForEdgeFailure(failure: EdgeFailure): string {
  return failure.kind === 'unreachable' ? cannotReachLanyardSentence : sentenceForErrorCode(failure.code, failure);
}
