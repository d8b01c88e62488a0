import type { CombinedError } from '@urql/core';
import { graphQLErrorCodes } from './graphQLErrorCodes.ts';
import { signOutAndLeave } from './signOutAndLeave.ts';

/*
 * What every signed-in page (My Modules, My account, Admin Settings) does the same way: it asks `me`
 * for whom it shows, sends a visitor without a session to sign in, and offers Sign out in the header.
 */

/**
 * Whether the answer to a page's `me` query says nobody is signed in: `me` is null, or the API says
 * UNAUTHENTICATED. That is not an error to show but a way to the sign-in page. False while it loads.
 */
export function hasNoSession(viewer: { fetching: boolean; error?: CombinedError; data?: { me: unknown } }): boolean {
  return (
    !viewer.fetching && (graphQLErrorCodes(viewer.error).includes('UNAUTHENTICATED') || (!viewer.error && viewer.data?.me === null))
  );
}

/**
 * The header's Sign out: whether it is under way, and why it failed (the person is then still signed
 * in, so the page shows it), or null. Create one while the page initialises; pass `leave` as is.
 */
export class HeaderSignOut {
  signingOut = $state(false);
  error: string | null = $state(null);

  leave = async (): Promise<void> => {
    this.signingOut = true;
    this.error = null;
    this.error = await signOutAndLeave();
    this.signingOut = false;
  };
}
