import { fileURLToPath } from 'node:url';
import { openDatabase, type OpenedDatabase } from '@lanyard/core/libsqlDatabase';
import * as schema from './schema.ts';

/** Opens the modules subgraph's own database and applies its committed migrations. */
export function openModulesDatabase(url: string, authToken?: string): Promise<OpenedDatabase<typeof schema>> {
  return openDatabase({
    url,
    authToken,
    schema,
    migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)),
  });
}
