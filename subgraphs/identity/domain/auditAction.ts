/** The admin actions the audit log records. Names are public API (the AuditAction enum of the schema). */
export const auditActions = [
  'USER_INVITED',
  'INVITATION_RESENT',
  'INVITATION_REVOKED',
  'PASSWORD_RESET_BY_ADMIN',
  'TWO_FACTOR_RESET_BY_ADMIN',
  'USER_DELETED',
  'ROLE_CHANGED',
  'PASSWORD_POLICY_CHANGED',
] as const;
export type AuditAction = (typeof auditActions)[number];
