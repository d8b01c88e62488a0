import type { AuditAction, SecurityAuditAction } from '../generated/graphql.ts';

/** How an audit event's action reads in the audit log. */
export function auditActionLabel(action: AuditAction | SecurityAuditAction): string {
  switch (action) {
    case 'USER_INVITED':
      return 'Invited a user';
    case 'INVITATION_RESENT':
      return 'Resent an invitation';
    case 'INVITATION_REVOKED':
      return 'Revoked an invitation';
    case 'PASSWORD_RESET_BY_ADMIN':
      return 'Reset a password';
    case 'TWO_FACTOR_RESET_BY_ADMIN':
      return 'Reset two-factor authentication';
    case 'USER_DELETED':
      return 'Deleted a user';
    case 'ROLE_CHANGED':
      return 'Changed a role';
    case 'PASSWORD_POLICY_CHANGED':
      return 'Changed the password policy';
    case 'SECURITY_SETTINGS_CHANGED':
      return 'Changed the lockout or session settings';
    case 'IP_ACCESS_LIST_CHANGED':
      return 'Changed the IP access list';
  }
}
