import type { Confirmation } from './userActions.ts';
import { isSystemGroup, type ListedAccessGroup } from './accessGroups.ts';

/**
 * What a Master can do to one access group from the groups list, which of those apply to which group,
 * and the sentences that go with each. The API refuses the rest (SYSTEM_GROUP_PROTECTED); offering only
 * what applies keeps people from meeting that error at all.
 */
export type AccessGroupAction = 'EDIT_MEMBERS' | 'EDIT_INSTANCES' | 'RENAME' | 'DEACTIVATE' | 'ACTIVATE' | 'DELETE';

/** The actions that apply to a group, in the order its row shows them. */
export function accessGroupActionsFor(group: ListedAccessGroup): AccessGroupAction[] {
  // Who belongs to a system group is the company's to choose; what it is and opens is fixed.
  if (isSystemGroup(group)) return ['EDIT_MEMBERS'];
  return ['EDIT_MEMBERS', 'EDIT_INSTANCES', 'RENAME', group.active ? 'DEACTIVATE' : 'ACTIVATE', 'DELETE'];
}

/** The button's visible text. */
export function accessGroupActionLabel(action: AccessGroupAction): string {
  switch (action) {
    case 'EDIT_MEMBERS':
      return 'Edit members';
    case 'EDIT_INSTANCES':
      return 'Edit instances';
    case 'RENAME':
      return 'Rename';
    case 'DEACTIVATE':
      return 'Deactivate';
    case 'ACTIVATE':
      return 'Activate';
    case 'DELETE':
      return 'Delete';
  }
}

/**
 * The question before deleting, the one change that cannot be taken back. Deactivating is not asked:
 * Activate undoes it at once.
 */
export function deleteConfirmationFor(group: ListedAccessGroup): Confirmation {
  const members = group.members.length;
  const whoLoses =
    members === 0
      ? 'It has no members.'
      : `Its ${members === 1 ? 'member loses' : `${members} members lose`} the module instances they reach only through it.`;
  return {
    heading: 'Delete group',
    sentence: `Delete ${group.name}? ${whoLoses} This cannot be undone.`,
    confirmLabel: 'Delete group',
  };
}

/** What the page says once a change to a group succeeded. */
export type AccessGroupChangeDone =
  | { kind: 'CREATED' | 'DELETED' | 'DEACTIVATED' | 'ACTIVATED'; name: string }
  | { kind: 'RENAMED'; name: string; newName: string }
  | { kind: 'MEMBERS_SET'; name: string; memberCount: number }
  | { kind: 'INSTANCES_SET'; name: string; instanceCount: number };

export function doneSentenceFor(done: AccessGroupChangeDone): string {
  switch (done.kind) {
    case 'CREATED':
      return `${done.name} is created. Give it members and module instances with Edit members and Edit instances.`;
    case 'DELETED':
      return `${done.name} is deleted.`;
    case 'DEACTIVATED':
      return `${done.name} is inactive: it opens nothing to its members until it is activated again.`;
    case 'ACTIVATED':
      return `${done.name} is active: its members reach its module instances.`;
    case 'RENAMED':
      return `${done.name} is now called ${done.newName}.`;
    case 'MEMBERS_SET':
      return `${done.name} now has ${countOf(done.memberCount, 'member')}.`;
    case 'INSTANCES_SET':
      return done.instanceCount === 0
        ? `${done.name} now opens no module instance.`
        : `${done.name} now opens ${countOf(done.instanceCount, 'module instance')}.`;
  }
}

function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
