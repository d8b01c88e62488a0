/** A user's role in their company. The Root Master opened the account and can never be demoted. */
export const roles = ['ROOT_MASTER', 'MASTER', 'USER'] as const;
export type Role = (typeof roles)[number];

/** The roles a Master may give; there is exactly one Root Master per company, made with the company. */
export type AssignableRole = Exclude<Role, 'ROOT_MASTER'>;

/** Masters (the Root Master among them) run their company's users and settings. */
export function isMaster(role: Role): boolean {
  return role === 'ROOT_MASTER' || role === 'MASTER';
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}
