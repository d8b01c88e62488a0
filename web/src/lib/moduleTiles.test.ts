import { describe, expect, test } from 'vitest';
import { instanceAddress, moduleTilesFor, type ReachableModuleInstance } from './moduleTiles.ts';

function instance(id: string, moduleName: string, instanceName: string, unifiedLoginEnabled = true): ReachableModuleInstance {
  const baseUrl = `https://${id}.example`;
  return { id, moduleName, instanceName, baseUrl, landingPageUrl: `${baseUrl}/home`, localLoginUrl: `${baseUrl}/login`, unifiedLoginEnabled };
}

const bmsEu = instance('bms-eu', 'BMS', 'Acme EU');
const bmsUs = instance('bms-us', 'BMS', 'Acme US');
const docs = instance('docs', 'Documentation', 'Acme Docs');

describe('the tiles of My Modules', () => {
  test('a module with one instance with Unified Login is one tile that opens it signed in', () => {
    expect(moduleTilesFor([docs])).toEqual([{ kind: 'OPENS_SIGNED_IN', moduleName: 'Documentation', instance: docs }]);
  });

  test('a module with several instances is one tile that asks which, listing them in the order they came', () => {
    expect(moduleTilesFor([bmsEu, bmsUs, docs])).toEqual([
      { kind: 'CHOOSE_INSTANCE', moduleName: 'BMS', instances: [bmsEu, bmsUs] },
      { kind: 'OPENS_SIGNED_IN', moduleName: 'Documentation', instance: docs },
    ]);
  });

  test('a module with one instance without Unified Login opens its own login page', () => {
    const ownLogin = instance('rmm', 'RMM', 'Acme RMM', false);
    expect(moduleTilesFor([ownLogin])).toEqual([{ kind: 'OPENS_OWN_LOGIN', moduleName: 'RMM', instance: ownLogin }]);
  });

  test('several instances still ask which, whether or not each has Unified Login', () => {
    const bmsUsOwnLogin = { ...bmsUs, unifiedLoginEnabled: false };
    expect(moduleTilesFor([bmsEu, bmsUsOwnLogin])).toEqual([
      { kind: 'CHOOSE_INSTANCE', moduleName: 'BMS', instances: [bmsEu, bmsUsOwnLogin] },
    ]);
  });

  test('instances of one module keep together even when they do not come one after the other', () => {
    const tiles = moduleTilesFor([bmsEu, docs, bmsUs]);
    expect(tiles.map((tile) => tile.moduleName)).toEqual(['BMS', 'Documentation']);
    expect(tiles[0]).toMatchObject({ kind: 'CHOOSE_INSTANCE', instances: [bmsEu, bmsUs] });
  });

  test('no instances, no tiles', () => {
    expect(moduleTilesFor([])).toEqual([]);
  });
});

describe('where a click on an instance goes', () => {
  test('with Unified Login, the edge\'s launch link for it (which signs the person in, or opens its landing page)', () => {
    expect(instanceAddress(docs)).toBe(`/launch/${docs.id}`);
  });

  test('without Unified Login, the module’s own login page', () => {
    expect(instanceAddress({ ...docs, unifiedLoginEnabled: false })).toBe('https://docs.example/login');
  });
});
