import type { EdgeFailure } from './sessionApi.ts';
import { sentenceForEdgeFailure } from './errorSentences.ts';

/**
 * What a step that asks for an authenticator code (signing in, or confirming a new authenticator) does
 * when the edge refuses the code. Shared so both steps treat the same answer the same way.
 */
export type CodeStepReaction =
  /** This sign-in is over (expired, or too many wrong codes): back to the first step with the sentence. */
  | { kind: 'restart'; sentence: string }
  /** The field itself is wrong: show the message under it. */
  | { kind: 'fieldError'; message: string }
  /** Show the sentence above the form; `clearCode` when the person should type a fresh code. */
  | { kind: 'formError'; sentence: string; clearCode: boolean };

export function reactToCodeFailure(failure: EdgeFailure): CodeStepReaction {
  if (failure.kind === 'refused') {
    switch (failure.code) {
      case 'SIGN_IN_EXPIRED':
      case 'ACCOUNT_LOCKED':
        // A locked account's sentence says how long to wait; the sign-in starts again after that.
        return { kind: 'restart', sentence: sentenceForEdgeFailure(failure) };
      case 'BAD_SECOND_FACTOR':
      case 'RATE_LIMITED':
        // The person may try again (at once, or after the wait the sentence names): with a fresh code,
        // typed into an empty field, since the one typed now will have expired by then.
        return { kind: 'formError', sentence: sentenceForEdgeFailure(failure), clearCode: true };
      case 'VALIDATION_FAILED': {
        const codeError = failure.fieldErrors.find((error) => error.field === 'code');
        if (codeError) return { kind: 'fieldError', message: codeError.message };
        break;
      }
    }
  }
  return { kind: 'formError', sentence: sentenceForEdgeFailure(failure), clearCode: false };
}
