/**
 * The time of a moment within the next day or so, as a 24-hour clock shows it ("14:05"), with the
 * weekday in front when it is not today ("Tue 09:15"): a lockout ends within 24 hours, so the time
 * alone would be ambiguous only across midnight.
 */
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const weekdayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short' });

export function clockTime(iso: string, now: Date = new Date()): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso;
  const time = timeFormat.format(moment);
  return moment.toDateString() === now.toDateString() ? time : `${weekdayFormat.format(moment)} ${time}`;
}
