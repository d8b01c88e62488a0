import { normalizeCompanyName } from './companyName.ts';

/**
 * Access group names: unique per company. Pure and shared, so the console's form checks what tenancy
 * checks.
 */
export const ACCESS_GROUP_NAME_MAX_LENGTH = 64;

/** Group names are compared like company names: case, look-alike forms and runs of spaces folded. */
export function normalizeAccessGroupName(name: string): string {
  return normalizeCompanyName(name);
}

/** The trimmed name, or a sentence saying what is wrong with it. */
export function checkAccessGroupName(name: string): { name: string } | { problem: string } {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  // Line breaks are looked for before spaces are folded, which would hide them.
  if (trimmed === '' || [...trimmed].length > ACCESS_GROUP_NAME_MAX_LENGTH || /\p{Cc}/u.test(name)) {
    return { problem: `A group name is 1 to ${ACCESS_GROUP_NAME_MAX_LENGTH} characters, without line breaks.` };
  }
  return { name: trimmed };
}
