import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Fails when a committed generated file is stale: regenerates the supergraph, the codegen outputs and
 * the drizzle migrations, then asks git whether anything changed. Run in CI on a clean checkout.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const generatedPaths = [
  'schema/supergraph.graphql',
  'schema/api.graphql',
  'subgraphs/identity/graphql/generated.ts',
  'subgraphs/tenancy/graphql/generated.ts',
  'subgraphs/modules/graphql/generated.ts',
  'web/src/generated',
  'subgraphs/identity/db/migrations',
  'subgraphs/tenancy/db/migrations',
  'subgraphs/modules/db/migrations',
];

for (const script of ['compose', 'codegen', 'db:generate']) {
  execFileSync('npm', ['run', '--silent', script], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
const changed = execFileSync('git', ['status', '--porcelain', '--', ...generatedPaths], { cwd: root, encoding: 'utf8' });
if (changed.trim()) {
  console.error(
    `Generated files are out of date (run \`npm run generate\` and \`npm run db:generate\`, then commit):\n${changed}`,
  );
  process.exit(1);
}
console.log('Generated files are up to date.');
