import type { FieldProblem } from './domainError.ts';
import { parseIpAddress, parseIpRange, rangeContains, type IpRange } from './ipAddress.ts';

/**
 * A company's IP Address Access List: when enabled, sign-in and every request of a session are allowed
 * only from the listed addresses and ranges. In MONITOR mode nothing is refused; the requests that
 * would be are recorded, so an admin can try a list before enforcing it.
 */
export type IpAccessListMode = 'ENFORCE' | 'MONITOR';

export interface IpAccessListEntry {
  /** An IPv4 or IPv6 address, or a CIDR range such as 192.0.2.0/24 or 2001:db8::/32. */
  range: string;
  /** What the range is, e.g. "Head office". */
  label: string;
}

export interface IpAccessList {
  enabled: boolean;
  mode: IpAccessListMode;
  entries: IpAccessListEntry[];
}

export const DISABLED_IP_ACCESS_LIST: IpAccessList = { enabled: false, mode: 'ENFORCE', entries: [] };
export const MAX_IP_ACCESS_LIST_ENTRIES = 500;
export const MAX_IP_ACCESS_LIST_LABEL_LENGTH = 100;

/** What a list says about one request: go on, refuse it, or go on but record that it would be refused. */
export type IpAccessDecision = 'ALLOWED' | 'REFUSED' | 'MONITORED';

/** A list with its ranges parsed once, for deciding many requests. */
export interface CompiledIpAccessList {
  enabled: boolean;
  mode: IpAccessListMode;
  ranges: IpRange[];
}

export function compileIpAccessList(list: IpAccessList): CompiledIpAccessList {
  const ranges = list.entries.flatMap((entry) => parseIpRange(entry.range) ?? []);
  return { enabled: list.enabled, mode: list.mode, ranges };
}

/**
 * The decision for a client address. An enabled list refuses an address it cannot read (or a request
 * without one): failing closed is the point of the list.
 */
export function decideIpAccess(list: CompiledIpAccessList, clientAddress: string | undefined): IpAccessDecision {
  if (!list.enabled) return 'ALLOWED';
  const address = clientAddress === undefined ? undefined : parseIpAddress(clientAddress);
  const listed = address !== undefined && list.ranges.some((range) => rangeContains(range, address));
  if (listed) return 'ALLOWED';
  return list.mode === 'MONITOR' ? 'MONITORED' : 'REFUSED';
}

/** Every problem of a list an admin submits, by path inside the list (e.g. ["entries", "2", "range"]). */
export function validateIpAccessList(list: IpAccessList): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (list.entries.length > MAX_IP_ACCESS_LIST_ENTRIES) {
    problems.push({ path: ['entries'], message: `A list holds at most ${MAX_IP_ACCESS_LIST_ENTRIES} entries.` });
  }
  list.entries.forEach((entry, index) => {
    if (!parseIpRange(entry.range)) {
      problems.push({
        path: ['entries', String(index), 'range'],
        message: 'Enter an IPv4 or IPv6 address or a range such as 192.0.2.0/24, with no bits set after the prefix.',
      });
    }
    const label = entry.label.trim();
    if (label.length > MAX_IP_ACCESS_LIST_LABEL_LENGTH || /\p{Cc}/u.test(label)) {
      problems.push({
        path: ['entries', String(index), 'label'],
        message: `A label is at most ${MAX_IP_ACCESS_LIST_LABEL_LENGTH} characters, without line breaks.`,
      });
    }
  });
  if (list.enabled && list.entries.length === 0) {
    problems.push({ path: ['entries'], message: 'An enabled list needs at least one address or range.' });
  }
  return problems;
}
