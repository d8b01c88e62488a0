import { describe, expect, test } from 'vitest';
import { instanceChoices, memberChoices, ROOT_MASTER_IN_ALL_MODULES_NOTE } from './accessGroupChoices.ts';
import { initiallyChecked } from './checklistChoice.ts';

const users = [
  { id: 'u-root', username: 'root', displayName: 'Riley Root', role: 'ROOT_MASTER' as const },
  { id: 'u-casey', username: 'casey', displayName: 'Casey User', role: 'USER' as const },
];

describe('the members checklist of a group', () => {
  test('lists every user by username with their display name', () => {
    expect(memberChoices(users, { kind: 'CUSTOM' })).toEqual([
      { id: 'u-root', label: 'root', detail: 'Riley Root' },
      { id: 'u-casey', label: 'casey', detail: 'Casey User' },
    ]);
  });

  test('in All modules the Root Master stays checked, and the list says why', () => {
    const choices = memberChoices(users, { kind: 'ALL_MODULES' });
    expect(choices[0]?.fixedNote).toBe(ROOT_MASTER_IN_ALL_MODULES_NOTE);
    expect(choices[1]?.fixedNote).toBeUndefined();
    expect([...initiallyChecked(choices, [])]).toEqual(['u-root']);
  });

  test('the Root Master can leave No access and custom groups like anyone', () => {
    expect(memberChoices(users, { kind: 'NO_ACCESS' }).some((choice) => choice.fixedNote)).toBe(false);
  });

  test('starts with the members the group has', () => {
    expect([...initiallyChecked(memberChoices(users, { kind: 'CUSTOM' }), ['u-casey'])]).toEqual(['u-casey']);
  });
});

describe('the instances checklist of a group', () => {
  test('names each instance by module and instance', () => {
    expect(instanceChoices([{ id: 'i-1', moduleName: 'BMS', instanceName: 'Acme EU' }])).toEqual([
      { id: 'i-1', label: 'BMS · Acme EU' },
    ]);
  });
});
