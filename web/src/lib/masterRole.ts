import type { Role } from '../generated/graphql.ts';

/**
 * Whether a role may open Admin Settings. The Root Master is a Master too; the API decides on every
 * request (FORBIDDEN otherwise), so this only chooses what the console offers.
 */
export function isMasterRole(role: Role | null | undefined): boolean {
  return role === 'ROOT_MASTER' || role === 'MASTER';
}

/** What a person who is not a Master reads on an admin page, instead of a page that cannot load. */
export const masterOnlySentence = 'Only Master users can manage users. Ask a Master of your company.';
