import { describe, expect, test } from 'vitest';
import { accessGroupActionsFor, deleteConfirmationFor, doneSentenceFor } from './accessGroupActions.ts';
import type { ListedAccessGroup } from './accessGroups.ts';

const support: ListedAccessGroup = {
  id: 'support',
  name: 'Support',
  kind: 'CUSTOM',
  active: true,
  allInstances: false,
  members: [{ id: 'casey' }, { id: 'jordan' }],
  instances: [],
};

describe('the actions a Master is offered for a group', () => {
  test('a custom group can have its members and instances edited, be renamed, deactivated or deleted', () => {
    expect(accessGroupActionsFor(support)).toEqual(['EDIT_MEMBERS', 'EDIT_INSTANCES', 'RENAME', 'DEACTIVATE', 'DELETE']);
  });

  test('an inactive group is offered Activate instead', () => {
    expect(accessGroupActionsFor({ ...support, active: false })).toContain('ACTIVATE');
    expect(accessGroupActionsFor({ ...support, active: false })).not.toContain('DEACTIVATE');
  });

  test('the system groups only have their members edited', () => {
    expect(accessGroupActionsFor({ ...support, name: 'All modules', kind: 'ALL_MODULES', allInstances: true })).toEqual([
      'EDIT_MEMBERS',
    ]);
    expect(accessGroupActionsFor({ ...support, name: 'No access', kind: 'NO_ACCESS' })).toEqual(['EDIT_MEMBERS']);
  });
});

describe('the sentences around a change to a group', () => {
  test('deleting asks first, saying whom it affects', () => {
    expect(deleteConfirmationFor(support).sentence).toBe(
      'Delete Support? Its 2 members lose the module instances they reach only through it. This cannot be undone.',
    );
    expect(deleteConfirmationFor({ ...support, members: [{ id: 'casey' }] }).sentence).toContain('Its member loses');
    expect(deleteConfirmationFor({ ...support, members: [] }).sentence).toBe('Delete Support? It has no members. This cannot be undone.');
  });

  test('what was done is said with the counts it leaves', () => {
    expect(doneSentenceFor({ kind: 'MEMBERS_SET', name: 'Support', memberCount: 1 })).toBe('Support now has 1 member.');
    expect(doneSentenceFor({ kind: 'INSTANCES_SET', name: 'Support', instanceCount: 2 })).toBe('Support now opens 2 module instances.');
    expect(doneSentenceFor({ kind: 'INSTANCES_SET', name: 'Support', instanceCount: 0 })).toBe('Support now opens no module instance.');
    expect(doneSentenceFor({ kind: 'RENAMED', name: 'Support', newName: 'Helpdesk' })).toBe('Support is now called Helpdesk.');
  });
});
