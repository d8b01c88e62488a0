import type { EdgeConfig } from '../env.ts';
import { runEdgeStep } from '../gatewayClient.ts';

/** An OIDC client as the edge's OAuth endpoints use it (modules' EdgeOidcClient). */
export interface OidcClient {
  clientId: string;
  clientType: 'CONFIDENTIAL' | 'PUBLIC';
  secretHash: string | null;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  backchannelLogoutUri: string | null;
  initiateLoginUri: string | null;
  instanceId: string;
  companyId: string;
  moduleName: string;
  instanceName: string;
  unifiedLoginEnabled: boolean;
  landingPageUrl: string;
  /** Whether a sign-in first links (or creates) the user's account in the module (oidcAuthorize.ts). */
  provisioningEnabled: boolean;
}

const CLIENT_FIELDS = `clientId clientType secretHash redirectUris postLogoutRedirectUris backchannelLogoutUri initiateLoginUri
  instanceId companyId moduleName instanceName unifiedLoginEnabled landingPageUrl provisioningEnabled`;
const BY_CLIENT_ID = /* GraphQL */ `query OidcClientForEdge($clientId: String!) { client: oidcClientForEdge(clientId: $clientId) { ${CLIENT_FIELDS} } }`;

/**
 * How long an isolate keeps a client: the bound on how late a change reaches an isolate that did not
 * carry it (the one that did drops its copy at once, on modules' notice).
 */
export const CLIENT_COPY_MS = 2000;

/** The OIDC clients of modules, asked of the modules subgraph as the edge and kept briefly. */
export class OidcClientRegistry {
  readonly #copies = new Map<string, { client: OidcClient | null; until: number }>();

  async byClientId(config: EdgeConfig, clientId: string, requestId: string, now = Date.now()): Promise<OidcClient | undefined> {
    const copy = this.#copies.get(clientId);
    if (copy && copy.until > now) return copy.client ?? undefined;
    const client = await fetchClient(config, BY_CLIENT_ID, { clientId }, requestId);
    if (this.#copies.size > 10_000) this.#copies.clear();
    this.#copies.set(clientId, { client: client ?? null, until: now + CLIENT_COPY_MS });
    return client;
  }

  invalidate(clientId: string): void {
    this.#copies.delete(clientId);
  }
}

async function fetchClient(
  config: EdgeConfig,
  query: string,
  variables: Record<string, string>,
  requestId: string,
): Promise<OidcClient | undefined> {
  const data = await runEdgeStep<{ client: OidcClient | null }>(config, {
    operationName: 'OidcClientForEdge',
    query,
    variables,
    requestId,
    verdicts: [],
  });
  return data?.client ?? undefined;
}
