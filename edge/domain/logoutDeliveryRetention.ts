/**
 * How long the edge remembers how a back-channel logout went, for the company's admins: long enough to
 * notice a module that stopped confirming, short enough that the log cannot grow without end.
 */
export const LOGOUT_DELIVERY_KEPT_MS = 30 * 24 * 60 * 60 * 1000;
export const LOGOUT_DELIVERIES_KEPT = 500;

/** The keys of the entries to forget at `now`: the too old, then the oldest beyond the count kept. */
export function logoutDeliveriesToForget(entries: readonly { key: string; lastAttemptAt: number }[], now: number): string[] {
  const newestFirst = [...entries].sort((a, b) => b.lastAttemptAt - a.lastAttemptAt);
  return newestFirst
    .filter((entry, position) => position >= LOGOUT_DELIVERIES_KEPT || now - entry.lastAttemptAt >= LOGOUT_DELIVERY_KEPT_MS)
    .map((entry) => entry.key);
}
