import { graphql } from '../generated/gql.ts';

/** The Audit log page of Admin Settings: what Masters did, newest first. */
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
  }
`);
