import { describe, expect, it } from 'vitest';
import { checkAccessGroupName, normalizeAccessGroupName } from './accessGroupName.ts';

describe('access group names', () => {
  it('trims and folds spaces, and compares without case', () => {
    expect(checkAccessGroupName('  Field   techs ')).toEqual({ name: 'Field techs' });
    expect(normalizeAccessGroupName('FIELD  Techs')).toBe(normalizeAccessGroupName('field techs'));
  });

  it('refuses an empty name, a too long one and one with a line break', () => {
    for (const name of ['', '   ', 'x'.repeat(65), 'Support\nteam']) {
      expect(checkAccessGroupName(name), JSON.stringify(name)).toHaveProperty('problem');
    }
  });
});
