import type { EdgeConfig } from '../env.ts';
import { runEdgeStep } from '../gatewayClient.ts';
import type { CompanyInstance } from './domain/launcherEntries.ts';

const LAUNCHER_INSTANCES = /* GraphQL */ `
  query LauncherInstancesForEdge($companyId: ID!) {
    instances: launcherInstancesForEdge(companyId: $companyId) { id moduleName instanceName iconUrl unifiedLoginEnabled }
  }
`;

/**
 * Every module instance of a company, asked of modules as the edge at each App Launcher request (a
 * module's page view, not a hot path: a module keeps the answer briefly). A part that did not answer
 * throws SERVICE_UNAVAILABLE rather than listing nothing.
 */
export async function fetchLauncherInstances(config: EdgeConfig, companyId: string, requestId: string): Promise<CompanyInstance[]> {
  const data = await runEdgeStep<{ instances: CompanyInstance[] | null }>(config, {
    operationName: 'LauncherInstancesForEdge',
    query: LAUNCHER_INSTANCES,
    variables: { companyId },
    requestId,
    verdicts: [],
  });
  return data?.instances ?? [];
}
