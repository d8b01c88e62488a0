import { z } from 'zod';
import { databaseUrlVariable, loadConfig } from './config.ts';
import { startGraphQLHttpServer } from './graphqlHttpServer.ts';
import { importInternalVerifyingKey } from './internalToken.ts';
import { loadNodeServiceConfig } from './nodeServiceConfig.ts';
import { runUntilSignal } from './processLifecycle.ts';
import { defaultPortOf, type SubgraphName } from './subgraphList.ts';
import type { SubgraphService, SubgraphSettings } from './subgraphService.ts';

/** The `index.ts` of every subgraph: configuration from the environment, then serve until a signal. */
export function runSubgraph(
  name: SubgraphName,
  create: (settings: SubgraphSettings) => Promise<SubgraphService>,
): void {
  runUntilSignal(name, async () => {
    const config = await loadNodeServiceConfig(defaultPortOf(name));
    const database = loadConfig({
      DATABASE_URL: databaseUrlVariable(`file:${config.dataDir}/${name}.db`),
      DATABASE_AUTH_TOKEN: z.string().optional(),
    });
    const service = await create({
      databaseUrl: database.DATABASE_URL,
      databaseAuthToken: database.DATABASE_AUTH_TOKEN,
      introspection: config.nodeEnv === 'development',
      environment: { nodeEnv: config.nodeEnv, dataDir: config.dataDir },
    });
    const server = await startGraphQLHttpServer({
      name,
      host: config.host,
      port: config.port,
      apollo: service.apollo,
      verifyingKey: await importInternalVerifyingKey(config.internalTokenPublicJwk),
      health: service.health,
    });
    console.log(`${name} subgraph listening on http://${config.host}:${config.port}/graphql`);
    return async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      service.close();
    };
  });
}
