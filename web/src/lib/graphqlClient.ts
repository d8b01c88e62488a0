import { Client, cacheExchange, fetchExchange } from '@urql/core';

/**
 * The console's one GraphQL client. It talks only to the edge on the same origin, which finds the
 * session from the HttpOnly cookie; queries are always POSTed as JSON (the edge's CSRF protection
 * expects it, and GET URLs would leak into logs).
 */
export function createGraphQLClient(): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    fetchOptions: { credentials: 'same-origin' },
    preferGetMethod: false,
  });
}
