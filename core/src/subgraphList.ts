/** The three subgraphs: where each one's SDL lives and the port it listens on by default. */
export const subgraphs = [
  { name: 'identity', sdlPath: 'schema/identity.graphql', defaultPort: 4101 },
  { name: 'tenancy', sdlPath: 'schema/tenancy.graphql', defaultPort: 4102 },
  { name: 'modules', sdlPath: 'schema/modules.graphql', defaultPort: 4103 },
] as const;

export type SubgraphName = (typeof subgraphs)[number]['name'];

export function defaultPortOf(name: SubgraphName): number {
  return subgraphs.find((subgraph) => subgraph.name === name)!.defaultPort;
}
