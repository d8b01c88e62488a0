/**
 * Reads `token` from a link's `#token=…` fragment and takes the fragment out of the address at once
 * (keeping the history entry), so the token is not left in history, bookmarks or a screenshot. The
 * fragment never reaches a server log or a Referer.
 */
export function takeTokenFromAddress(): string | null {
  const fragment = window.location.hash.replace(/^#/, '');
  const token = new URLSearchParams(fragment).get('token');
  if (window.location.hash) {
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  }
  return token === null || token === '' ? null : token;
}
