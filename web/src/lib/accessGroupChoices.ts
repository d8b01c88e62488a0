import type { Role } from '../generated/graphql.ts';
import type { ChecklistChoice } from './checklistChoice.ts';
import { moduleInstanceLabel } from './moduleInstanceLabel.ts';
import type { ListedAccessGroup } from './accessGroups.ts';

/**
 * The checklists that edit a group: who may belong to it, and what it may open. What is checked at the
 * start is what the group holds now; saving sends the whole checked set, as the API takes it.
 */

export const ROOT_MASTER_IN_ALL_MODULES_NOTE = 'The Root Master always belongs to All modules';

/**
 * Every user of the company, by username, with their display name beside it. In All modules the Root
 * Master's box stays checked: the API refuses to take them out (ROOT_MASTER_PROTECTED), so the form
 * never offers it.
 */
export function memberChoices(
  users: readonly { id: string; username: string; displayName: string; role: Role }[],
  group: Pick<ListedAccessGroup, 'kind'>,
): ChecklistChoice[] {
  return users.map((user) => ({
    id: user.id,
    label: user.username,
    detail: user.displayName,
    ...(group.kind === 'ALL_MODULES' && user.role === 'ROOT_MASTER' ? { fixedNote: ROOT_MASTER_IN_ALL_MODULES_NOTE } : {}),
  }));
}

/** Every instance of the company, named "Module · Instance", in the API's order (module, then instance). */
export function instanceChoices(instances: readonly { id: string; moduleName: string; instanceName: string }[]): ChecklistChoice[] {
  return instances.map((instance) => ({ id: instance.id, label: moduleInstanceLabel(instance) }));
}
