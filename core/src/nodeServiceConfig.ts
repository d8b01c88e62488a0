import { z } from 'zod';
import { loadConfig, portVariable } from './config.ts';
import { loadOrCreateDevelopmentSecrets } from './developmentSecrets.ts';

export interface NodeServiceConfig {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  dataDir: string;
  internalTokenPublicJwk: string;
}

/**
 * Settings every Node service shares. In development a missing INTERNAL_TOKEN_PUBLIC_JWK is taken from
 * the development secrets in the data folder; in production it must be set.
 */
export async function loadNodeServiceConfig(
  defaultPort: number,
  env: Record<string, string | undefined> = process.env,
): Promise<NodeServiceConfig> {
  const config = loadConfig(
    {
      NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
      HOST: z.string().min(1).default('127.0.0.1'),
      PORT: portVariable(defaultPort),
      LANYARD_DATA_DIR: z.string().min(1).default('data'),
      INTERNAL_TOKEN_PUBLIC_JWK: z.string().optional(),
    },
    env,
  );
  let publicJwk = config.INTERNAL_TOKEN_PUBLIC_JWK;
  if (!publicJwk) {
    if (config.NODE_ENV === 'production') {
      throw new Error('Bad configuration: INTERNAL_TOKEN_PUBLIC_JWK is required in production');
    }
    publicJwk = (await loadOrCreateDevelopmentSecrets(config.LANYARD_DATA_DIR)).internalTokenPublicJwk;
  }
  return {
    nodeEnv: config.NODE_ENV,
    host: config.HOST,
    port: config.PORT,
    dataDir: config.LANYARD_DATA_DIR,
    internalTokenPublicJwk: publicJwk,
  };
}
