import type { EdgeConfig } from '../env.ts';
import { runEdgeStep } from '../gatewayClient.ts';

/** Who a user is, for the claims of their tokens, and what their groups open. */
export interface UserClaims {
  userId: string;
  username: string;
  email: string;
  name: string;
  companyId: string;
  company: string;
  groups: string[];
  reachesAll: boolean;
  reachableInstanceIds: string[];
}

const USER_FOR_EDGE = /* GraphQL */ `
  query UserForEdge($id: ID!) {
    userForEdge(id: $id) {
      id
      username
      email
      displayName
      company { id name }
      accessGroups { name }
      reachesAllModuleInstances
      reachableModuleInstanceIds
    }
  }
`;

interface Answer {
  id: string;
  username: string;
  email: string;
  displayName: string;
  company: { id: string; name: string } | null;
  accessGroups: { name: string }[] | null;
  reachesAllModuleInstances: boolean | null;
  reachableModuleInstanceIds: string[] | null;
}

/**
 * The user as identity and tenancy know them now, asked through the gateway as the edge at every grant,
 * so a deleted user, or one taken out of the group that held an instance, gets no new token. Undefined
 * for a user who no longer exists. A part of Lanyard that did not answer opens nothing.
 */
export async function fetchUserClaims(config: EdgeConfig, userId: string, requestId: string): Promise<UserClaims | undefined> {
  const data = await runEdgeStep<{ userForEdge: Answer | null }>(config, {
    operationName: 'UserForEdge',
    query: USER_FOR_EDGE,
    variables: { id: userId },
    requestId,
    verdicts: [],
  });
  const user = data?.userForEdge;
  if (!user?.company) return undefined;
  return {
    userId: user.id,
    username: user.username,
    email: user.email,
    name: user.displayName,
    companyId: user.company.id,
    company: user.company.name,
    groups: (user.accessGroups ?? []).map((group) => group.name).sort(),
    reachesAll: user.reachesAllModuleInstances === true,
    reachableInstanceIds: user.reachableModuleInstanceIds ?? [],
  };
}

export function reachesInstance(user: UserClaims, instanceId: string): boolean {
  return user.reachesAll || user.reachableInstanceIds.includes(instanceId);
}
