import { parseIpAddress } from '@lanyard/core/ipAddress';

/**
 * What the IP access list editor asks when the API refuses a list that would refuse the Master's own
 * address (IP_ACCESS_LIST_EXCLUDES_YOU): saving it signs them out for good, so they may add their
 * address instead, or save anyway. When the edge saw no address ("unknown", e.g. a local run without
 * Cloudflare in front) there is nothing to add, and monitor mode is the way to try the list.
 */
export interface SelfLockoutQuestion {
  heading: string;
  sentence: string;
  confirmLabel: string;
  /** Offered only for an address that can be listed. */
  alternativeLabel?: string;
}

export const MY_ADDRESS_LABEL = 'My address';

export function selfLockoutQuestion(clientAddress: string): SelfLockoutQuestion {
  const heading = 'Your own address is not on the list';
  const confirmLabel = 'Save anyway';
  if (!isListableAddress(clientAddress)) {
    return {
      heading,
      sentence:
        `This list does not include your own address (${clientAddress}: Lanyard cannot see the address you connect from, ` +
        'so an enforced list refuses you). Saving it will sign you out and keep you out. Save anyway, or cancel and try the list in Monitor mode first?',
      confirmLabel,
    };
  }
  return {
    heading,
    sentence: `This list does not include your own address (${clientAddress}). Saving it will sign you out and keep you out. Add ${clientAddress} to the list, or save anyway?`,
    confirmLabel,
    alternativeLabel: 'Add my address',
  };
}

export function isListableAddress(clientAddress: string): boolean {
  return parseIpAddress(clientAddress) !== undefined;
}
