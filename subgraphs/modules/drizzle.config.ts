import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './subgraphs/modules/db/schema.ts',
  out: './subgraphs/modules/db/migrations',
});
