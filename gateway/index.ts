import { httpUrlVariable, loadConfig } from '@lanyard/core/config';
import { startGraphQLHttpServer } from '@lanyard/core/graphqlHttpServer';
import { importInternalVerifyingKey } from '@lanyard/core/internalToken';
import { loadNodeServiceConfig } from '@lanyard/core/nodeServiceConfig';
import { runUntilSignal } from '@lanyard/core/processLifecycle';
import { defaultPortOf, type SubgraphName } from '@lanyard/core/subgraphList';
import { createGateway } from './service.ts';

runUntilSignal('gateway', async () => {
  const config = await loadNodeServiceConfig(4000);
  const localUrl = (name: SubgraphName) => `http://127.0.0.1:${defaultPortOf(name)}/graphql`;
  const urls = loadConfig({
    IDENTITY_URL: httpUrlVariable(localUrl('identity')),
    TENANCY_URL: httpUrlVariable(localUrl('tenancy')),
    MODULES_URL: httpUrlVariable(localUrl('modules')),
  });
  const gateway = createGateway({
    subgraphUrls: { identity: urls.IDENTITY_URL, tenancy: urls.TENANCY_URL, modules: urls.MODULES_URL },
    introspection: config.nodeEnv === 'development',
  });
  const server = await startGraphQLHttpServer({
    name: 'gateway',
    host: config.host,
    port: config.port,
    apollo: gateway.apollo,
    verifyingKey: await importInternalVerifyingKey(config.internalTokenPublicJwk),
    health: gateway.health,
  });
  console.log(`gateway listening on http://${config.host}:${config.port}/graphql`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
});
