import { fileURLToPath } from 'node:url';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { OpenedDatabase } from './libsqlDatabase.ts';
import type { RequestContext } from './requestContext.ts';
import { createSubgraphApollo } from './subgraphServer.ts';
import type { SubgraphName } from './subgraphList.ts';

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
  /** Set when started as a service: where development secrets live, and whether they may be used. */
  environment?: { nodeEnv: 'development' | 'production' | 'test'; dataDir: string };
}

/** Joins a subgraph's opened database and its resolvers to its SDL in schema/. */
export function assembleSubgraph<Schema extends Record<string, unknown>>(
  name: SubgraphName,
  database: OpenedDatabase<Schema>,
  resolvers: object,
  settings: SubgraphSettings,
): SubgraphService & { db: OpenedDatabase<Schema>['db'] } {
  const apollo = createSubgraphApollo({
    sdlPath: fileURLToPath(new URL(`../../schema/${name}.graphql`, import.meta.url)),
    // The codegen'd resolver types are stricter than Apollo's map type; both describe the same object.
    resolvers: resolvers as GraphQLResolverMap<RequestContext>,
    introspection: settings.introspection,
  });
  return {
    db: database.db,
    apollo,
    health: async () => ({ database: await database.check() }),
    close: database.close,
  };
}
