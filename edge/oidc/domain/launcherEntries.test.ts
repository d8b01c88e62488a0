import { describe, expect, it } from 'vitest';
import { launcherEntries, type CompanyInstance } from './launcherEntries.ts';

const ISSUER = 'https://lanyard.example';
const instance = (id: string, moduleName: string, instanceName: string, extra: Partial<CompanyInstance> = {}): CompanyInstance => ({
  id,
  moduleName,
  instanceName,
  iconUrl: null,
  unifiedLoginEnabled: true,
  ...extra,
});

const company = [
  instance('rmm', 'RMM', 'Main'),
  instance('bms-us', 'BMS', 'Acme US', { unifiedLoginEnabled: false }),
  instance('docs', 'documentation', 'Docs'),
  instance('bms-eu', 'BMS', 'Acme EU', { iconUrl: 'https://cdn.example/bms.png' }),
  instance('bms-10', 'BMS', 'Acme 10'),
  instance('bms-9', 'BMS', 'Acme 9'),
];

describe('App Launcher entries', () => {
  it('links every reached instance through /launch, by module then instance, and lists the rest by name only', () => {
    const reached = new Set(['bms-eu', 'bms-us', 'rmm']);
    const { entries, discover } = launcherEntries({ issuer: ISSUER, instances: company, reaches: (id) => reached.has(id), currentInstanceId: 'rmm' });
    expect(entries).toEqual([
      {
        instanceId: 'bms-eu',
        moduleName: 'BMS',
        instanceName: 'Acme EU',
        href: `${ISSUER}/launch/bms-eu`,
        iconUrl: 'https://cdn.example/bms.png',
        unifiedLoginEnabled: true,
        current: false,
      },
      {
        instanceId: 'bms-us',
        moduleName: 'BMS',
        instanceName: 'Acme US',
        href: `${ISSUER}/launch/bms-us`,
        iconUrl: null,
        unifiedLoginEnabled: false,
        current: false,
      },
      { instanceId: 'rmm', moduleName: 'RMM', instanceName: 'Main', href: `${ISSUER}/launch/rmm`, iconUrl: null, unifiedLoginEnabled: true, current: true },
    ]);
    // Numbers in names sort as numbers, case is ignored; nothing that opens an instance is given.
    expect(discover).toEqual([
      { moduleName: 'BMS', instanceName: 'Acme 9' },
      { moduleName: 'BMS', instanceName: 'Acme 10' },
      { moduleName: 'documentation', instanceName: 'Docs' },
    ]);
  });

  it('gives someone who reaches nothing only the discover list, and someone who reaches all an empty one', () => {
    expect(launcherEntries({ issuer: ISSUER, instances: company, reaches: () => false, currentInstanceId: undefined }).entries).toEqual([]);
    const all = launcherEntries({ issuer: ISSUER, instances: company, reaches: () => true, currentInstanceId: undefined });
    expect(all.entries.map((entry) => entry.instanceId)).toEqual(['bms-9', 'bms-10', 'bms-eu', 'bms-us', 'docs', 'rmm']);
    expect(all.discover).toEqual([]);
    expect(all.entries.some((entry) => entry.current)).toBe(false);
  });

  it('keeps only web images as icons', () => {
    const icons = ['javascript:alert(1)', 'data:image/png;base64,AAAA', 'http://cdn.example/x.png', 'not a url', 'http://127.0.0.1:5101/icon.png'];
    const { entries } = launcherEntries({
      issuer: ISSUER,
      instances: icons.map((iconUrl, index) => instance(`i${index}`, 'M', `I${index}`, { iconUrl })),
      reaches: () => true,
      currentInstanceId: undefined,
    });
    expect(entries.map((entry) => entry.iconUrl)).toEqual([null, null, null, null, 'http://127.0.0.1:5101/icon.png']);
  });
});
