import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';

export interface OpenedDatabase<Schema extends Record<string, unknown>> {
  db: LibSQLDatabase<Schema>;
  client: Client;
  /** "ok" when a trivial query answers; used by /healthz. */
  check(): Promise<string>;
  close(): void;
}

/**
 * Opens a subgraph's own libSQL database (a `file:` URL, or a libSQL server by URL) and applies its
 * committed drizzle-kit migrations before anything reads it.
 */
export async function openDatabase<Schema extends Record<string, unknown>>(options: {
  url: string;
  authToken?: string;
  schema: Schema;
  migrationsFolder: string;
}): Promise<OpenedDatabase<Schema>> {
  if (options.url.startsWith('file:')) {
    const path = options.url.slice('file:'.length);
    if (path && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  }
  const client = createClient({ url: options.url, authToken: options.authToken });
  if (options.url.startsWith('file:')) {
    // WAL lets readers proceed while a write commits; busy_timeout waits out a concurrent writer
    // instead of failing with SQLITE_BUSY.
    await client.execute('PRAGMA journal_mode = WAL');
    await client.execute('PRAGMA busy_timeout = 5000');
  }
  const db = drizzle(client, { schema: options.schema });
  await migrate(db, { migrationsFolder: options.migrationsFolder });
  return {
    db,
    client,
    async check() {
      try {
        await client.execute('SELECT 1');
        return 'ok';
      } catch {
        return 'database unreachable';
      }
    },
    close: () => client.close(),
  };
}
