/**
 * A GraphQL request through the edge with a session cookie, as the console sends it: for tests and
 * scripts that act as a signed-in person (e.g. a Master registering a module). Any GraphQL error throws,
 * naming the errors, so a test fails where the request did.
 */
export async function edgeGraphQL(
  edgeUrl: string,
  cookie: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const response = await fetch(`${edgeUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL answered ${JSON.stringify(body.errors)}`);
  return body.data ?? {};
}
