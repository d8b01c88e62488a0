import { describe, expect, test } from 'vitest';
import { accessGroupOpensText, isSystemGroup, sortAccessGroups, type ListedAccessGroup } from './accessGroups.ts';

const allModules: ListedAccessGroup = {
  id: 'all',
  name: 'All modules',
  kind: 'ALL_MODULES',
  active: true,
  allInstances: true,
  members: [{ id: 'root' }],
  instances: [],
};
const noAccess: ListedAccessGroup = { ...allModules, id: 'none', name: 'No access', kind: 'NO_ACCESS', allInstances: false };
const support: ListedAccessGroup = {
  id: 'support',
  name: 'Support',
  kind: 'CUSTOM',
  active: true,
  allInstances: false,
  members: [],
  instances: [
    { id: 'bms-eu', moduleName: 'BMS', instanceName: 'Acme EU' },
    { id: 'docs', moduleName: 'Documentation', instanceName: 'Acme Docs' },
  ],
};

describe('what a group opens, as the list says it', () => {
  test('All modules opens every instance, including those added later', () => {
    expect(accessGroupOpensText(allModules)).toBe('Every module instance, now and later');
  });

  test('No access, and a group without instances, open nothing', () => {
    expect(accessGroupOpensText(noAccess)).toBe('Nothing');
    expect(accessGroupOpensText({ ...support, instances: [] })).toBe('Nothing');
  });

  test("a custom group names its instances by module and instance", () => {
    expect(accessGroupOpensText(support)).toBe('BMS · Acme EU, Documentation · Acme Docs');
  });
});

describe('the order of the groups list', () => {
  test('the system groups come first, then the company’s own by name, whatever their case', () => {
    const billing = { ...support, id: 'billing', name: 'billing' };
    expect(sortAccessGroups([support, noAccess, billing, allModules]).map((group) => group.id)).toEqual([
      'all',
      'none',
      'billing',
      'support',
    ]);
  });

  test('only All modules and No access are system groups', () => {
    expect([allModules, noAccess, support].map(isSystemGroup)).toEqual([true, true, false]);
  });
});
