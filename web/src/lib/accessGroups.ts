import type { AccessGroupKind } from '../generated/graphql.ts';
import { moduleInstanceLabel } from './moduleInstanceLabel.ts';

/**
 * An access group as Admin Settings → Groups lists it, and what the list says about it. The two system
 * groups are in every company: All modules opens every instance, including those added later, and No
 * access opens none; their names, state and instances are fixed, only their members change.
 */
export interface ListedAccessGroup {
  id: string;
  name: string;
  kind: AccessGroupKind;
  active: boolean;
  allInstances: boolean;
  members: { id: string }[];
  instances: { id: string; moduleName: string; instanceName: string }[];
}

export function isSystemGroup(group: { kind: AccessGroupKind }): boolean {
  return group.kind !== 'CUSTOM';
}

/** What the group opens to its members, in the words of the list's "Opens" column. */
export function accessGroupOpensText(group: ListedAccessGroup): string {
  if (group.allInstances) return 'Every module instance, now and later';
  if (group.instances.length === 0) return 'Nothing';
  return group.instances.map(moduleInstanceLabel).join(', ');
}

/**
 * The system groups first (All modules, then No access), then the company's own by name. The API
 * answers in this order already; sorting here keeps the list steady whatever a future API does.
 */
export function sortAccessGroups<Group extends { kind: AccessGroupKind; name: string }>(groups: readonly Group[]): Group[] {
  const rank = (group: Group) => ['ALL_MODULES', 'NO_ACCESS', 'CUSTOM'].indexOf(group.kind);
  return [...groups].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
}
