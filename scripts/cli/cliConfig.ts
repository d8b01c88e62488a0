import { resolve } from 'node:path';
import { databaseUrlVariable, httpUrlVariable, loadConfig } from '@lanyard/core/config';
import { z } from 'zod';

export interface CliConfig {
  dataDir: string;
  identityDatabaseUrl: string;
  tenancyDatabaseUrl: string;
  publicUrl: string;
}

/**
 * Where the CLI finds the databases and what the links in its emails point to, from the same variables
 * the services read. The databases default to the data folder, as `npm start` lays them out. (Mail is
 * configured by mailerFromConfig from SMTP_URL, MAIL_FROM and NODE_ENV.)
 */
export function loadCliConfig(env: Record<string, string | undefined> = process.env): CliConfig {
  const { LANYARD_DATA_DIR } = loadConfig({ LANYARD_DATA_DIR: z.string().min(1).default('data') }, env);
  const dataDir = resolve(LANYARD_DATA_DIR);
  const config = loadConfig(
    {
      IDENTITY_DATABASE_URL: databaseUrlVariable(`file:${dataDir}/identity.db`),
      TENANCY_DATABASE_URL: databaseUrlVariable(`file:${dataDir}/tenancy.db`),
      PUBLIC_URL: httpUrlVariable('http://127.0.0.1:8787'),
    },
    env,
  );
  return {
    dataDir,
    identityDatabaseUrl: config.IDENTITY_DATABASE_URL,
    tenancyDatabaseUrl: config.TENANCY_DATABASE_URL,
    publicUrl: config.PUBLIC_URL,
  };
}
