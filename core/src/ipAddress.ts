/**
 * IP addresses and CIDR ranges, parsed to numbers so that matching is arithmetic, never string
 * comparison. Pure and runtime-neutral: the edge (workerd) enforces access lists with it, tenancy
 * validates them with it, the console checks what an admin types with it.
 *
 * An IPv4-mapped IPv6 address (::ffff:192.0.2.1) is the IPv4 address it carries: a client that reaches
 * the edge over IPv6 with a mapped address matches the IPv4 entries of a list, and a mapped range
 * (::ffff:192.0.2.0/120) is the IPv4 range it covers.
 */

export type IpFamily = 4 | 6;

export interface IpAddress {
  family: IpFamily;
  value: bigint;
}

export interface IpRange {
  family: IpFamily;
  /** The first address of the range (the address with the host bits cleared). */
  network: bigint;
  prefixLength: number;
}

const BITS: Record<IpFamily, number> = { 4: 32, 6: 128 };
const MAPPED_PREFIX = 0xffffn << 32n;
const MAPPED_MASK = ~((1n << 32n) - 1n) & ((1n << 128n) - 1n);

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    // No leading zeros: "010" is octal to some parsers and decimal to others.
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = (value << 8n) | BigInt(octet);
  }
  return value;
}

function parseIpv6(text: string): bigint | undefined {
  if (!/^[0-9A-Fa-f:.]+$/.test(text)) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groupsOf = (half: string): string[] | undefined => (half === '' ? [] : half.split(':'));
  const head = groupsOf(halves[0] ?? '');
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? '') : [];
  if (!head || !tail) return undefined;
  const groups = [...head, ...tail];
  // An embedded IPv4 address may end the text (::ffff:192.0.2.1); it counts as two groups.
  let embedded: bigint | undefined;
  const last = groups.at(-1);
  if (last?.includes('.')) {
    embedded = parseIpv4(last);
    if (embedded === undefined) return undefined;
    groups.pop();
  }
  const width = groups.length + (embedded === undefined ? 0 : 2);
  if (halves.length === 2 ? width > 7 : width !== 8) return undefined;
  if (!groups.every((group) => /^[0-9A-Fa-f]{1,4}$/.test(group))) return undefined;
  const missing = 8 - width;
  const words = [
    ...head.filter((group) => !group.includes('.')),
    ...Array<string>(halves.length === 2 ? missing : 0).fill('0'),
    ...tail.filter((group) => !group.includes('.')),
  ];
  let value = 0n;
  for (const word of words) value = (value << 16n) | BigInt(parseInt(word, 16));
  if (embedded !== undefined) value = (value << 32n) | embedded;
  return value;
}

/** An IPv4 or IPv6 address in its usual text forms, or undefined for anything else (zones included). */
export function parseIpAddress(text: string): IpAddress | undefined {
  const trimmed = text.trim();
  const v4 = parseIpv4(trimmed);
  if (v4 !== undefined) return { family: 4, value: v4 };
  const v6 = parseIpv6(trimmed);
  if (v6 === undefined) return undefined;
  if ((v6 & MAPPED_MASK) === MAPPED_PREFIX) return { family: 4, value: v6 & 0xffffffffn };
  return { family: 6, value: v6 };
}

/**
 * "192.0.2.0/24", "2001:db8::/32", or one address (a range of one). Host bits below the prefix are
 * refused rather than silently cleared: "192.0.2.7/24" is far more often a typo than a wish.
 */
export function parseIpRange(text: string): IpRange | undefined {
  const [addressText, prefixText, ...rest] = text.trim().split('/');
  if (rest.length > 0 || addressText === undefined) return undefined;
  const v4 = parseIpv4(addressText);
  const v6 = v4 === undefined ? parseIpv6(addressText) : undefined;
  if (v4 === undefined && v6 === undefined) return undefined;
  let family: IpFamily = v4 === undefined ? 6 : 4;
  let value = v4 ?? v6!;
  let prefixLength = BITS[family];
  if (prefixText !== undefined) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(prefixText)) return undefined;
    prefixLength = Number(prefixText);
    if (prefixLength > BITS[family]) return undefined;
  }
  if (family === 6 && prefixLength >= 96 && (value & MAPPED_MASK) === MAPPED_PREFIX) {
    family = 4;
    value &= 0xffffffffn;
    prefixLength -= 96;
  }
  const hostBits = BigInt(BITS[family] - prefixLength);
  if ((value & ((1n << hostBits) - 1n)) !== 0n) return undefined;
  return { family, network: value, prefixLength };
}

export function rangeContains(range: IpRange, address: IpAddress): boolean {
  if (range.family !== address.family) return false;
  const hostBits = BigInt(BITS[range.family] - range.prefixLength);
  return address.value >> hostBits === range.network >> hostBits;
}
