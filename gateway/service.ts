import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { toPublicGraphQLError } from '@lanyard/core/publicGraphQLError';
import type { RequestContext } from '@lanyard/core/requestContext';
import type { SubgraphName } from '@lanyard/core/subgraphList';
import { maxQueryDepthRule } from './domain/queryDepth.ts';
import { SubgraphDataSource } from './subgraphDataSource.ts';

export const supergraphPath = fileURLToPath(new URL('../schema/supergraph.graphql', import.meta.url));

export interface GatewaySettings {
  /** Where each subgraph's GraphQL endpoint is; a subgraph not named keeps the supergraph's URL. */
  subgraphUrls?: Partial<Record<SubgraphName, string>>;
  introspection?: boolean;
}

export interface GatewayService {
  apollo: ApolloServer<RequestContext>;
  health(): Promise<Record<string, string>>;
}

/**
 * The Apollo Gateway over the static supergraph in schema/ (composed at build time, never introspected
 * at run time), with the query depth limit and the one public error format.
 */
export function createGateway(settings: GatewaySettings = {}): GatewayService {
  const subgraphUrls = new Map<string, string>();
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(supergraphPath, 'utf8'),
    buildService({ name, url }) {
      const resolved = settings.subgraphUrls?.[name as SubgraphName] ?? url;
      if (!resolved) throw new Error(`The supergraph names no URL for subgraph ${name}`);
      subgraphUrls.set(name, resolved);
      return new SubgraphDataSource(resolved);
    },
  });
  const apollo = new ApolloServer<RequestContext>({
    gateway,
    introspection: settings.introspection ?? false,
    includeStacktraceInErrorResponses: false,
    validationRules: [maxQueryDepthRule()],
    formatError: toPublicGraphQLError,
  });
  return {
    apollo,
    health: async () => {
      const entries = await Promise.all(
        [...subgraphUrls].map(async ([name, url]) => [name, await subgraphHealth(url)] as const),
      );
      return { gateway: 'ok', ...Object.fromEntries(entries) };
    },
  };
}

async function subgraphHealth(graphqlUrl: string): Promise<string> {
  try {
    const response = await fetch(new URL('/healthz', graphqlUrl), { signal: AbortSignal.timeout(2_000) });
    return response.ok ? 'ok' : 'unhealthy';
  } catch {
    return 'unreachable';
  }
}
