import { COMPANY_SECURITY_SELECTION, readCompanySecurity } from '../domain/companySecurityAnswer.ts';
import type { EdgeConfig } from '../env.ts';
import { gatewayUnavailable, runEdgeStep } from '../gatewayClient.ts';
import type { CompanySecurity } from '@lanyard/core/securitySettings';

const SECURITY_SETTINGS_FOR_EDGE = /* GraphQL */ `
  query SecuritySettingsForEdge($companyId: ID!) {
    securitySettingsForEdge(companyId: $companyId) {
      ${COMPANY_SECURITY_SELECTION}
    }
  }
`;

/** What tenancy says the edge must enforce for a company, asked as the edge itself. */
export async function fetchCompanySecurity(config: EdgeConfig, companyId: string, requestId: string): Promise<CompanySecurity> {
  const data = await runEdgeStep<{ securitySettingsForEdge: unknown }>(config, {
    operationName: 'SecuritySettingsForEdge',
    query: SECURITY_SETTINGS_FOR_EDGE,
    variables: { companyId },
    requestId,
    verdicts: [],
  });
  const security = readCompanySecurity(data?.securitySettingsForEdge);
  if (!security) throw gatewayUnavailable(requestId, 'SecuritySettingsForEdge answered without settings');
  return security;
}
