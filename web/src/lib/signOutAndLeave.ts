import { cannotReachLanyardSentence, sentenceForErrorCode } from './errorSentences.ts';
import { navigate } from './router.svelte.ts';
import { signOut } from './sessionApi.ts';

/**
 * Ends the session and goes to the sign-in page. Answers the sentence to show when that failed (the
 * person is then still signed in, so they must know), or null once they are on their way.
 */
export async function signOutAndLeave(): Promise<string | null> {
  const outcome = await signOut();
  if (outcome.ok) {
    navigate('/sign-in');
    return null;
  }
  return outcome.failure.kind === 'unreachable' ? cannotReachLanyardSentence : sentenceForErrorCode(outcome.failure.code);
}
