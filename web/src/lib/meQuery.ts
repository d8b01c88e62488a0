import { graphql } from '../generated/gql.ts';

/** Everything the home page shows: who is signed in, for which company, and the modules they may open. */
export const meQuery = graphql(`
  query Me {
    me {
      id
      username
      displayName
      email
      role
      company {
        name
      }
      modules {
        id
        moduleName
        instanceName
        baseUrl
        landingPageUrl
        localLoginUrl
        unifiedLoginEnabled
      }
    }
  }
`);
