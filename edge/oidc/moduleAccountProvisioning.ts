import type { Role } from '@lanyard/core/role';
import type { EdgeConfig } from '../env.ts';
import { runEdgeStep } from '../gatewayClient.ts';
import type { UserClaims } from './userClaims.ts';

const PROVISION = /* GraphQL */ `
  mutation ProvisionModuleAccountForEdge($instanceId: ID!, $user: ProvisionedUserInput!) {
    link: provisionModuleAccountForEdge(instanceId: $instanceId, user: $user) { moduleAccountId outcome }
  }
`;

/**
 * Automatic user provisioning at a sign-in to a module whose client has it on: the modules subgraph
 * links the user's account in the module, creating it through SCIM first when there is none. Asked at
 * every such sign-in (a linked user costs one lookup there, and the module is not asked again). Throws
 * PROVISIONING_FAILED when the module could not be asked or refused, SERVICE_UNAVAILABLE when a part of
 * Lanyard did not answer.
 */
export async function provisionModuleAccount(
  config: EdgeConfig,
  instanceId: string,
  user: UserClaims,
  role: Role,
  requestId: string,
): Promise<void> {
  await runEdgeStep<{ link: { moduleAccountId: string; outcome: string } | null }>(config, {
    operationName: 'ProvisionModuleAccountForEdge',
    query: PROVISION,
    variables: {
      instanceId,
      user: { id: user.userId, username: user.username, email: user.email, displayName: user.name, role },
    },
    requestId,
    verdicts: ['PROVISIONING_FAILED'],
  });
}
