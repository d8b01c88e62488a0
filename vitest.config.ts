import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// One run covers every layer: pure domain rules, each subgraph on a temporary libSQL file, the gateway
// over real subgraphs, the edge inside workerd, and the browser flow in Chromium. Layers that start
// servers take ports from the OS, so files run in parallel without colliding.
export default defineConfig({
  resolve: {
    // graphql ships both ESM and CommonJS; Apollo's packages load the CommonJS one, so tests must too,
    // or graphql refuses schemas built by "another copy" of itself.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**', 'web/dist/**', '.wrangler/**'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
