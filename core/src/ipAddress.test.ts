import { describe, expect, it } from 'vitest';
import { parseIpAddress, parseIpRange, rangeContains } from './ipAddress.ts';

const inRange = (range: string, address: string) => {
  const parsedRange = parseIpRange(range);
  const parsedAddress = parseIpAddress(address);
  if (!parsedRange || !parsedAddress) throw new Error(`unparsable ${range} or ${address}`);
  return rangeContains(parsedRange, parsedAddress);
};

describe('IP addresses and ranges', () => {
  it('matches IPv4 inside and outside a range, /32 and /0', () => {
    expect(inRange('192.0.2.0/24', '192.0.2.200')).toBe(true);
    expect(inRange('192.0.2.0/24', '192.0.3.1')).toBe(false);
    expect(inRange('203.0.113.7/32', '203.0.113.7')).toBe(true);
    expect(inRange('203.0.113.7', '203.0.113.8')).toBe(false);
    expect(inRange('0.0.0.0/0', '198.51.100.1')).toBe(true);
    expect(inRange('10.0.0.0/8', '11.0.0.0')).toBe(false);
    expect(inRange('10.0.0.0/9', '10.127.255.255')).toBe(true);
    expect(inRange('10.0.0.0/9', '10.128.0.0')).toBe(false);
  });

  it('matches IPv6 in every notation, /128 and /0', () => {
    expect(inRange('2001:db8::/32', '2001:db8:ffff::1')).toBe(true);
    expect(inRange('2001:db8::/32', '2001:db9::1')).toBe(false);
    expect(inRange('2001:db8::1/128', '2001:0db8:0000:0000:0000:0000:0000:0001')).toBe(true);
    expect(inRange('2001:db8::1/128', '2001:db8::2')).toBe(false);
    expect(inRange('::/0', '2001:db8::1')).toBe(true);
    expect(inRange('2001:db8:abcd:12::/63', '2001:db8:abcd:13:ffff::')).toBe(true);
    expect(inRange('2001:db8:abcd:12::/63', '2001:db8:abcd:14::')).toBe(false);
  });

  it('takes an IPv4-mapped IPv6 address as the IPv4 address it carries, both ways', () => {
    expect(inRange('192.0.2.0/24', '::ffff:192.0.2.9')).toBe(true);
    expect(inRange('192.0.2.0/24', '::ffff:c000:0209')).toBe(true);
    expect(inRange('::ffff:192.0.2.0/120', '192.0.2.9')).toBe(true);
    expect(inRange('::ffff:192.0.2.0/120', '192.0.3.9')).toBe(false);
    // Never across families otherwise.
    expect(inRange('0.0.0.0/0', '2001:db8::1')).toBe(false);
    expect(inRange('::/0', '192.0.2.1')).toBe(false);
  });

  it('refuses what is not an address or a clean range', () => {
    for (const text of ['', '256.0.0.1', '1.2.3', '01.2.3.4', '1.2.3.4.5', 'fe80::1%eth0', '1::2::3', '12345::', 'g::1', ':1']) {
      expect(parseIpAddress(text), text).toBeUndefined();
    }
    for (const text of ['192.0.2.7/24', '192.0.2.0/33', '2001:db8::/129', '10.0.0.0/', '10.0.0.0/08', '10.0.0.0/8/8', 'x/8']) {
      expect(parseIpRange(text), text).toBeUndefined();
    }
    expect(parseIpAddress(' 192.0.2.1 ')).toEqual({ family: 4, value: 0xc0000201n });
    expect(parseIpAddress('::')).toEqual({ family: 6, value: 0n });
    expect(parseIpAddress('1:2:3:4:5:6:7:8')?.family).toBe(6);
  });
});
