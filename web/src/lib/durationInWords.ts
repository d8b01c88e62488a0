/**
 * A span of time as a person says it: "15 minutes", "1 hour 30 minutes", "30 days". Settings are kept
 * in minutes and waits arrive in seconds; neither reads well as a bare number once it passes an hour.
 */
const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

export function durationInWords(totalMinutes: number): string {
  const minutes = Math.max(0, Math.round(totalMinutes));
  if (minutes === 0) return '0 minutes';
  const days = Math.floor(minutes / MINUTES_PER_DAY);
  const hours = Math.floor((minutes % MINUTES_PER_DAY) / MINUTES_PER_HOUR);
  const rest = minutes % MINUTES_PER_HOUR;
  return [counted(days, 'day'), counted(hours, 'hour'), counted(rest, 'minute')].filter(Boolean).join(' ');
}

/**
 * How long to wait before trying again, from a server's `retryAfterSeconds`, rounded up to whole
 * minutes (never "0 minutes": a wait that is almost over still reads as "1 minute").
 */
export function waitInWords(retryAfterSeconds: number): string {
  return durationInWords(Math.max(1, Math.ceil(retryAfterSeconds / 60)));
}

function counted(count: number, unit: string): string | null {
  if (count === 0) return null;
  return count === 1 ? `1 ${unit}` : `${count} ${unit}s`;
}
