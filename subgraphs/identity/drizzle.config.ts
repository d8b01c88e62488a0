import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './subgraphs/identity/db/schema.ts',
  out: './subgraphs/identity/db/migrations',
});
