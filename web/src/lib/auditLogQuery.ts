import { graphql } from '../generated/gql.ts';

/**
 * The Audit log page of Admin Settings, in one request: what Masters did to users and the password
 * policy (identity) and to the security settings (tenancy), each newest first.
 */
export const auditLogQuery = graphql(`
  query AuditLog($limit: Int!) {
    auditLog(limit: $limit) {
      id
      action
      actorUsername
      targetUsername
      detail
      occurredAt
    }
    securityAuditLog(limit: $limit) {
      id
      action
      actor {
        username
      }
      detail
      occurredAt
    }
  }
`);
