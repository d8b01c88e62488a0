import { defineConfig } from 'vitest/config';

// One run covers every layer: pure domain rules, each subgraph on a temporary libSQL file, the gateway
// over real subgraphs, the edge inside workerd, and the browser flow in Chromium. Layers that start
// servers take ports from the OS, so files run in parallel without colliding.
export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**', 'web/dist/**', '.wrangler/**'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
