/**
 * Access groups: which module instances the users of a company reach. Every company has two system
 * groups, All modules and No access, that cannot be renamed, deactivated or deleted; the rest are the
 * company's own (CUSTOM).
 */
export const accessGroupKinds = ['ALL_MODULES', 'NO_ACCESS', 'CUSTOM'] as const;
export type AccessGroupKind = (typeof accessGroupKinds)[number];

export const SYSTEM_GROUP_NAMES = { ALL_MODULES: 'All modules', NO_ACCESS: 'No access' } as const;

/** The fixed id of a company's system group: one per company, whoever makes sure of it first. */
export function systemGroupId(companyId: string, kind: Exclude<AccessGroupKind, 'CUSTOM'>): string {
  return `${kind === 'ALL_MODULES' ? 'all-modules' : 'no-access'}:${companyId}`;
}

/** What a user's groups open, together: every instance, or the union of the custom groups' instances. */
export function reachableInstances(
  groups: readonly { kind: AccessGroupKind; active: boolean; instanceIds: readonly string[] }[],
): { all: boolean; instanceIds: string[] } {
  const active = groups.filter((group) => group.active);
  if (active.some((group) => group.kind === 'ALL_MODULES')) return { all: true, instanceIds: [] };
  const ids = new Set(active.filter((group) => group.kind === 'CUSTOM').flatMap((group) => group.instanceIds));
  return { all: false, instanceIds: [...ids].sort() };
}
