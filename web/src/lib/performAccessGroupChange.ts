import type { Client, CombinedError } from '@urql/core';
import {
  deleteAccessGroupMutation,
  renameAccessGroupMutation,
  setAccessGroupActiveMutation,
  setAccessGroupInstancesMutation,
  setAccessGroupMembersMutation,
} from './accessGroupsDocuments.ts';

/** A change to an existing group, as the Groups page asks for it. */
export type AccessGroupChange =
  | { kind: 'RENAME'; groupId: string; name: string }
  | { kind: 'SET_ACTIVE'; groupId: string; active: boolean }
  | { kind: 'DELETE'; groupId: string }
  | { kind: 'SET_MEMBERS'; groupId: string; userIds: string[] }
  | { kind: 'SET_INSTANCES'; groupId: string; instanceIds: string[] };

/** Sends the mutation behind a change; answers its error, or undefined when it succeeded. */
export async function performAccessGroupChange(client: Client, change: AccessGroupChange): Promise<CombinedError | undefined> {
  const result = await sendMutation(client, change);
  return result.error;
}

function sendMutation(client: Client, change: AccessGroupChange): Promise<{ error?: CombinedError }> {
  switch (change.kind) {
    case 'RENAME':
      return client.mutation(renameAccessGroupMutation, { input: { groupId: change.groupId, name: change.name } }).toPromise();
    case 'SET_ACTIVE':
      return client
        .mutation(setAccessGroupActiveMutation, { input: { groupId: change.groupId, active: change.active } })
        .toPromise();
    case 'DELETE':
      return client.mutation(deleteAccessGroupMutation, { groupId: change.groupId }).toPromise();
    case 'SET_MEMBERS':
      return client
        .mutation(setAccessGroupMembersMutation, { input: { groupId: change.groupId, userIds: change.userIds } })
        .toPromise();
    case 'SET_INSTANCES':
      return client
        .mutation(setAccessGroupInstancesMutation, { input: { groupId: change.groupId, instanceIds: change.instanceIds } })
        .toPromise();
  }
}
