import { resolve } from 'node:path';
import { loadConfig } from '@lanyard/core/config';
import { z } from 'zod';
import { loadOrCreateDevelopmentSecrets } from '@lanyard/core/developmentSecrets';
import { seedDemoDatabases } from './stack.ts';

/** `npm run seed`: writes the demo company into the data folder's databases (idempotent). */
const config = loadConfig({ LANYARD_DATA_DIR: z.string().min(1).default('data') });
const dataDir = resolve(config.LANYARD_DATA_DIR);
loadOrCreateDevelopmentSecrets(dataDir)
  .then((secrets) => seedDemoDatabases(dataDir, secrets))
  .then(
  () => console.log(`Seeded the demo company into ${resolve(config.LANYARD_DATA_DIR)}`),
  (error: unknown) => {
    console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
