import { resolve } from 'node:path';
import { httpUrlVariable, loadConfig, portVariable } from '@lanyard/core/config';
import { loadOrCreateDevelopmentSecrets } from '@lanyard/core/developmentSecrets';
import { runUntilSignal } from '@lanyard/core/processLifecycle';
import { z } from 'zod';
import { startEdge } from './startEdge.ts';

/**
 * `npm run start:edge`: the edge alone in workerd, in front of a gateway already running (GATEWAY_URL).
 * Secrets come from the environment or, in development, from the data folder.
 */
runUntilSignal('edge', async () => {
  const config = loadConfig({
    LANYARD_PORT: portVariable(8787),
    GATEWAY_URL: httpUrlVariable('http://127.0.0.1:4000'),
    LANYARD_DATA_DIR: z.string().min(1).default('data'),
    INTERNAL_TOKEN_PRIVATE_JWK: z.string().optional(),
    SESSION_SECRET: z.string().min(32).optional(),
    OIDC_SIGNING_KEYS: z.string().min(1).optional(),
  });
  const dataDir = resolve(config.LANYARD_DATA_DIR);
  const development = await loadOrCreateDevelopmentSecrets(dataDir);
  const edge = await startEdge({
    port: config.LANYARD_PORT,
    gatewayUrl: config.GATEWAY_URL,
    internalTokenPrivateJwk: config.INTERNAL_TOKEN_PRIVATE_JWK ?? development.internalTokenPrivateJwk,
    sessionSecret: config.SESSION_SECRET ?? development.sessionSecret,
    oidcSigningKeys: config.OIDC_SIGNING_KEYS ?? development.oidcSigningKeys,
    persistDir: resolve(dataDir, 'edge'),
  });
  console.log(`edge listening on ${edge.url}`);
  return edge.stop;
});
