/** A user's role in their company. The Root Master opened the account and can never be demoted. */
export const roles = ['ROOT_MASTER', 'MASTER', 'USER'] as const;
export type Role = (typeof roles)[number];
