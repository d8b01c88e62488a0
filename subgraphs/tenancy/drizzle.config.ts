import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './subgraphs/tenancy/db/schema.ts',
  out: './subgraphs/tenancy/db/migrations',
});
