import { graphql } from '../generated/gql.ts';

/** Every module instance of the company, by module then instance: what a Master can give a group. */
export const companyModuleInstancesQuery = graphql(`
  query CompanyModuleInstances {
    companyModuleInstances {
      id
      moduleName
      instanceName
    }
  }
`);
