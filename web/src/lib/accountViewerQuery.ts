import { graphql } from '../generated/gql.ts';

/** Who opens a page of My account: the header shows them, and no session sends the visitor to sign in. */
export const accountViewerQuery = graphql(`
  query AccountViewer {
    me {
      id
      displayName
      role
      company {
        name
      }
    }
  }
`);
