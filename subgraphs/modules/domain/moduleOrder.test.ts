import { describe, expect, it } from 'vitest';
import { compareModuleInstances } from './moduleOrder.ts';

describe('My Modules order', () => {
  it('sorts by module name, then instance name, ignoring case and reading numbers as numbers', () => {
    const instances = [
      { moduleName: 'rmm', instanceName: 'Site 10' },
      { moduleName: 'BMS', instanceName: 'Acme US' },
      { moduleName: 'RMM', instanceName: 'Site 2' },
      { moduleName: 'bms', instanceName: 'Acme EU' },
    ];
    expect(instances.sort(compareModuleInstances).map((i) => `${i.moduleName}/${i.instanceName}`)).toEqual([
      'bms/Acme EU',
      'BMS/Acme US',
      'RMM/Site 2',
      'rmm/Site 10',
    ]);
  });
});
