/**
 * Whether the edge serves the development mailbox (/dev/mailbox), which it does only in local runs: a
 * deployment answers 404. Asked once per page load, since the answer cannot change while the edge runs.
 */
let served: Promise<boolean> | undefined;

export function isDevelopmentMailboxServed(): Promise<boolean> {
  served ??= fetch('/dev/mailbox', { method: 'HEAD', credentials: 'same-origin' })
    .then((response) => response.status === 200)
    .catch(() => false);
  return served;
}
