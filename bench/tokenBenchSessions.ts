import { edgeGraphQL } from '../scripts/edgeGraphQL.ts';
import type { Stack } from '../scripts/stack.ts';
import { createBenchUsers } from './benchUsers.ts';
import { signInBenchUser } from './signInLoad.ts';

/**
 * The people of the token bench: one signed-in session per worker, each of its own user, so that code
 * grants are measured as a company's people make them (each opening modules from their own session)
 * and alike the oidc-provider baseline, which also signs one session in per worker. The users are
 * plain users put in All modules by the bench's Master, as an admin would under Admin Settings → Groups.
 */
export async function tokenBenchSessions(stack: Stack, dataDir: string, masterCookie: string, count: number): Promise<string[]> {
  const edgeUrl = stack.edgeUrl;
  if (!edgeUrl) throw new Error('The stack runs without the edge, so nobody can sign in');
  const users = await createBenchUsers(stack, dataDir, count, 'token');

  const listed = await edgeGraphQL(edgeUrl, masterCookie, '{ accessGroups { id kind members { id } } }');
  const groups = listed.accessGroups as { id: string; kind: string; members: { id: string }[] }[];
  const allModules = groups.find((group) => group.kind === 'ALL_MODULES');
  if (!allModules) throw new Error('The demo company has no All modules group');
  await edgeGraphQL(
    edgeUrl,
    masterCookie,
    'mutation ($id: ID!, $ids: [ID!]!) { setAccessGroupMembers(input: { groupId: $id, userIds: $ids }) { id } }',
    { id: allModules.id, ids: [...allModules.members.map((member) => member.id), ...users.map((user) => user.id)] },
  );

  const sessions: string[] = [];
  for (const user of users) sessions.push((await signInBenchUser(edgeUrl, stack.demo.companyName, user)).sessionCookie);
  return sessions;
}
