import { graphql } from '../generated/gql.ts';

/**
 * The Groups page of Admin Settings: the company's access groups and what a Master can change in one.
 * Members come as ids only: the page has the company's users already (for the members checklist) and
 * names them from there. Every mutation answers the fields the list shows; the page still asks for the
 * whole list again afterwards, so it shows what the server now holds.
 */

export const accessGroupsQuery = graphql(`
  query AccessGroups {
    accessGroups {
      id
      name
      kind
      active
      allInstances
      members {
        id
      }
      instances {
        id
        moduleName
        instanceName
      }
    }
  }
`);

export const createAccessGroupMutation = graphql(`
  mutation CreateAccessGroup($input: CreateAccessGroupInput!) {
    createAccessGroup(input: $input) {
      id
      name
    }
  }
`);

export const renameAccessGroupMutation = graphql(`
  mutation RenameAccessGroup($input: RenameAccessGroupInput!) {
    renameAccessGroup(input: $input) {
      id
      name
    }
  }
`);

export const setAccessGroupActiveMutation = graphql(`
  mutation SetAccessGroupActive($input: SetAccessGroupActiveInput!) {
    setAccessGroupActive(input: $input) {
      id
      active
    }
  }
`);

export const deleteAccessGroupMutation = graphql(`
  mutation DeleteAccessGroup($groupId: ID!) {
    deleteAccessGroup(groupId: $groupId)
  }
`);

export const setAccessGroupMembersMutation = graphql(`
  mutation SetAccessGroupMembers($input: SetAccessGroupMembersInput!) {
    setAccessGroupMembers(input: $input) {
      id
      members {
        id
      }
    }
  }
`);

export const setAccessGroupInstancesMutation = graphql(`
  mutation SetAccessGroupInstances($input: SetAccessGroupInstancesInput!) {
    setAccessGroupInstances(input: $input) {
      id
      instances {
        id
      }
    }
  }
`);
