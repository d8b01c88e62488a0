import type { Role } from '../generated/graphql.ts';

/** How a role reads in the console. */
export function roleLabel(role: Role): string {
  switch (role) {
    case 'ROOT_MASTER':
      return 'Root Master';
    case 'MASTER':
      return 'Master';
    case 'USER':
      return 'User';
  }
}
