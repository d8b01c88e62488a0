/**
 * A short name for the device a session was signed in from, read from its User-Agent header: "Chrome
 * on Windows", "Safari on iPhone". Enough for a person to tell their laptop from their phone in a list,
 * not a fingerprint; the header is the client's own claim, so the list shows the address beside it.
 */

/** Checked in order: Edge and Opera also say "Chrome", Chrome also says "Safari". */
const BROWSERS: readonly { name: string; pattern: RegExp }[] = [
  { name: 'Edge', pattern: /\bEdg(e|A|iOS)?\// },
  { name: 'Opera', pattern: /\b(OPR|Opera)\// },
  { name: 'Samsung Internet', pattern: /\bSamsungBrowser\// },
  { name: 'Firefox', pattern: /\b(Firefox|FxiOS)\// },
  { name: 'Chrome', pattern: /\b(HeadlessChrome|Chrome|CriOS|Chromium)\// },
  { name: 'Safari', pattern: /\bVersion\/[\d.]+.*\bSafari\// },
];

/** Checked in order: iPhones say "like Mac OS X" and Android says "Linux". */
const SYSTEMS: readonly { name: string; pattern: RegExp }[] = [
  { name: 'iPhone', pattern: /\biPhone\b/ },
  { name: 'iPad', pattern: /\biPad\b/ },
  { name: 'Android', pattern: /\bAndroid\b/ },
  { name: 'Windows', pattern: /\bWindows\b/ },
  { name: 'ChromeOS', pattern: /\bCrOS\b/ },
  { name: 'macOS', pattern: /\bMac OS X\b|\bMacintosh\b/ },
  { name: 'Linux', pattern: /\bLinux\b|\bX11\b/ },
];

export const UNKNOWN_DEVICE = 'Unknown device';

export function deviceName(userAgent: string | null): string {
  const agent = userAgent?.trim() ?? '';
  if (agent === '') return UNKNOWN_DEVICE;
  const browser = BROWSERS.find((candidate) => candidate.pattern.test(agent))?.name;
  const system = SYSTEMS.find((candidate) => candidate.pattern.test(agent))?.name;
  if (browser && system) return `${browser} on ${system}`;
  if (browser) return browser;
  if (system) return `A browser on ${system}`;
  // A tool rather than a browser (curl, a script): its own first word says what it is.
  const product = /^([A-Za-z][\w.-]{0,30})\//.exec(agent)?.[1];
  return product && product !== 'Mozilla' ? product : UNKNOWN_DEVICE;
}
