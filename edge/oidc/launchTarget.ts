import type { EdgeConfig } from '../env.ts';
import { runEdgeStep } from '../gatewayClient.ts';
import type { OidcClient } from './clientRegistry.ts';

/** Where a My Modules link to an instance leads (modules' LaunchTarget): the instance's part of a client. */
export type LaunchTarget = Pick<
  OidcClient,
  'instanceId' | 'companyId' | 'moduleName' | 'instanceName' | 'unifiedLoginEnabled' | 'landingPageUrl' | 'initiateLoginUri'
>;

const LAUNCH_TARGET = /* GraphQL */ `
  query LaunchTargetForEdge($instanceId: ID!) {
    target: launchTargetForEdge(instanceId: $instanceId) {
      instanceId companyId moduleName instanceName unifiedLoginEnabled landingPageUrl initiateLoginUri
    }
  }
`;

/** Asked at every launch, not kept: a launch is a person's click, not a hot path. */
export async function fetchLaunchTarget(config: EdgeConfig, instanceId: string, requestId: string): Promise<LaunchTarget | undefined> {
  const data = await runEdgeStep<{ target: LaunchTarget | null }>(config, {
    operationName: 'LaunchTargetForEdge',
    query: LAUNCH_TARGET,
    variables: { instanceId },
    requestId,
    verdicts: [],
  });
  return data?.target ?? undefined;
}
