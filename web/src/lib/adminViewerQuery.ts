import { graphql } from '../generated/gql.ts';

/** Who opens an admin page: the header shows them, and only a Master gets past the page's door. */
export const adminViewerQuery = graphql(`
  query AdminViewer {
    me {
      id
      username
      displayName
      role
      company {
        name
      }
    }
  }
`);
