/** A moment the API sends as ISO 8601 (UTC), as the person's own clock and language show it, to the second. */
const localDateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

export function localDateTime(iso: string): string {
  const moment = new Date(iso);
  return Number.isNaN(moment.getTime()) ? iso : localDateTimeFormat.format(moment);
}
