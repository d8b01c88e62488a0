import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { toPublicGraphQLError } from './publicGraphQLError.ts';
import type { RequestContext } from './requestContext.ts';

/**
 * An Apollo server for one subgraph, from its SDL file in schema/ and its resolvers. Introspection is
 * off unless asked for (development): the gateway needs only the static supergraph.
 */
export function createSubgraphApollo(options: {
  sdlPath: string;
  resolvers: GraphQLResolverMap<RequestContext>;
  introspection?: boolean;
}): ApolloServer<RequestContext> {
  const typeDefs = parse(readFileSync(options.sdlPath, 'utf8'));
  return new ApolloServer<RequestContext>({
    schema: buildSubgraphSchema([{ typeDefs, resolvers: options.resolvers }]),
    introspection: options.introspection ?? false,
    includeStacktraceInErrorResponses: false,
    formatError: toPublicGraphQLError,
    // Traces are for Apollo's hosted studio, which Lanyard never reports to; skip their cost.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
}
