import type { ApolloServer } from '@apollo/server';
import type { RequestContext } from './requestContext.ts';

/** A subgraph assembled and ready to serve: what its index.ts, its tests and the seed need of it. */
export interface SubgraphService {
  apollo: ApolloServer<RequestContext>;
  health(): Promise<Record<string, string>>;
  close(): void;
}

export interface SubgraphSettings {
  databaseUrl: string;
  databaseAuthToken?: string;
  introspection?: boolean;
}
