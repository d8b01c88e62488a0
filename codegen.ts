import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types for each subgraph (federation mode, so __resolveReference and entity parents are typed)
// and typed documents for the web, generated from the composed API schema. `npm run codegen` reproduces
// every output; `npm run check:generated` fails when a committed one is stale.
// Each subgraph's resolvers work on its own database rows; the mappers tell codegen which row backs a type.
const mappersOf: Record<string, Record<string, string>> = {
  identity: { User: '../db/schema.ts#UserRow', AuditEvent: '../db/schema.ts#AuditEventRow' },
  tenancy: {
    Company: '../db/schema.ts#CompanyRow',
    IpAccessEvent: '../db/schema.ts#IpAccessEventRow',
    SecurityAuditEvent: '../db/schema.ts#SecurityAuditEventRow',
    AccessGroup: '../db/schema.ts#AccessGroupRow',
  },
  modules: { ModuleInstance: '../db/schema.ts#ModuleInstanceRow' },
};

const subgraphOutput = (name: string) => ({
  [`subgraphs/${name}/graphql/generated.ts`]: {
    schema: `schema/${name}.graphql`,
    plugins: ['typescript', 'typescript-resolvers'],
    config: {
      federation: true,
      useIndexSignature: true,
      contextType: '@lanyard/core/requestContext#RequestContext',
      useTypeImports: true,
      enumsAsTypes: true,
      mappers: mappersOf[name] ?? {},
    },
  },
});

const config: CodegenConfig = {
  overwrite: true,
  ignoreNoDocuments: true,
  generates: {
    ...subgraphOutput('identity'),
    ...subgraphOutput('tenancy'),
    ...subgraphOutput('modules'),
    'web/src/generated/': {
      schema: 'schema/api.graphql',
      // Documents live in .ts files (web/src/lib/documents.ts), which codegen reads without a Svelte parser.
      documents: ['web/src/**/*.ts', '!web/src/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true },
    },
  },
};

export default config;
