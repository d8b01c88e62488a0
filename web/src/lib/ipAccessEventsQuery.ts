import { graphql } from '../generated/gql.ts';

/** The requests the IP access list refused, or in monitor mode would have refused, newest first. */
export const ipAccessEventsQuery = graphql(`
  query IpAccessEvents($limit: Int!) {
    ipAccessEvents(limit: $limit) {
      clientAddress
      outcome
      stage
      subject
      occurredAt
    }
  }
`);
