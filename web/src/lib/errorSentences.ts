import { errorCatalog, isErrorCode } from '@lanyard/core/errorCatalog';
import type { EdgeFailure } from './sessionApi.ts';

/**
 * The sentence a person reads for an error code from the edge or the GraphQL API. The web switches on
 * the code, never on the server's message text; every code in Lanyard's catalog carries its sentence.
 */
export function sentenceForErrorCode(code: string): string {
  if (isErrorCode(code)) return errorCatalog[code].message;
  return 'Something went wrong. Try again in a moment.';
}

/** When the request never got an answer (offline, the edge restarting, a proxy dropping it). */
export const cannotReachLanyardSentence = 'Lanyard could not be reached. Check your connection and try again.';

/** The sentence for any failed request to the edge, when the caller has nothing more specific to say. */
export function sentenceForEdgeFailure(failure: EdgeFailure): string {
  return failure.kind === 'unreachable' ? cannotReachLanyardSentence : sentenceForErrorCode(failure.code);
}
