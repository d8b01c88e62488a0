import { describe, expect, it } from 'vitest';
import { compileIpAccessList, decideIpAccess, validateIpAccessList, type IpAccessList } from './ipAccessList.ts';

const list = (overrides: Partial<IpAccessList> = {}): IpAccessList => ({
  enabled: true,
  mode: 'ENFORCE',
  entries: [
    { range: '192.0.2.0/24', label: 'Head office' },
    { range: '2001:db8::/48', label: 'VPN' },
  ],
  ...overrides,
});
const decide = (accessList: IpAccessList, address: string | undefined) => decideIpAccess(compileIpAccessList(accessList), address);

describe('IP access list', () => {
  it('allows listed addresses and refuses the rest when enforcing', () => {
    expect(decide(list(), '192.0.2.10')).toBe('ALLOWED');
    expect(decide(list(), '2001:db8:0:1::5')).toBe('ALLOWED');
    expect(decide(list(), '198.51.100.1')).toBe('REFUSED');
    expect(decide(list(), '::ffff:192.0.2.10')).toBe('ALLOWED');
  });

  it('fails closed on a request without a readable address', () => {
    expect(decide(list(), undefined)).toBe('REFUSED');
    expect(decide(list(), 'unknown')).toBe('REFUSED');
  });

  it('refuses nothing in monitor mode, but says what it would refuse', () => {
    expect(decide(list({ mode: 'MONITOR' }), '198.51.100.1')).toBe('MONITORED');
    expect(decide(list({ mode: 'MONITOR' }), '192.0.2.1')).toBe('ALLOWED');
  });

  it('allows everyone when disabled', () => {
    expect(decide(list({ enabled: false }), '198.51.100.1')).toBe('ALLOWED');
  });

  it('names each bad entry by its place', () => {
    const problems = validateIpAccessList(
      list({ entries: [{ range: '192.0.2.0/24', label: 'ok' }, { range: '192.0.2.1/24', label: 'typo' }, { range: '10.0.0.0/8', label: 'x\ny' }] }),
    );
    expect(problems.map((problem) => problem.path.join('.'))).toEqual(['entries.1.range', 'entries.2.label']);
    expect(validateIpAccessList(list({ entries: [] })).map((problem) => problem.path.join('.'))).toEqual(['entries']);
    expect(validateIpAccessList(list({ enabled: false, entries: [] }))).toEqual([]);
  });
});
