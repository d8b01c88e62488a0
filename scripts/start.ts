import { resolve } from 'node:path';
import { loadConfig, portVariable } from '@lanyard/core/config';
import { z } from 'zod';
import { buildWeb } from './buildWeb.ts';
import { portIsBusy } from './freePort.ts';
import { DEMO_MODULE_COUNT, startDemoModules } from './demoModules.ts';
import { startStack, type ServiceName } from './stack.ts';

/**
 * `npm start`: Lanyard on this machine with demo data. Builds the console, starts the three subgraphs,
 * the gateway, the edge and the demo module's instances, waits until all are healthy, prints where to go, and stops everything on
 * Ctrl-C. A bad variable or a busy port stops it with one line naming it.
 */
async function main(): Promise<void> {
  const config = loadConfig({
    LANYARD_DATA_DIR: z.string().min(1).default('data'),
    LANYARD_PORT: portVariable(8787),
    GATEWAY_PORT: portVariable(4000),
    IDENTITY_PORT: portVariable(4101),
    TENANCY_PORT: portVariable(4102),
    MODULES_PORT: portVariable(4103),
    DEMO_MODULES_PORT: portVariable(5101),
  });
  const ports: Record<ServiceName | 'edge', { port: number; variable: string }> = {
    edge: { port: config.LANYARD_PORT, variable: 'LANYARD_PORT' },
    gateway: { port: config.GATEWAY_PORT, variable: 'GATEWAY_PORT' },
    identity: { port: config.IDENTITY_PORT, variable: 'IDENTITY_PORT' },
    tenancy: { port: config.TENANCY_PORT, variable: 'TENANCY_PORT' },
    modules: { port: config.MODULES_PORT, variable: 'MODULES_PORT' },
  };
  for (const [name, { port, variable }] of Object.entries(ports)) {
    if (await portIsBusy(port)) {
      throw new Error(`port ${port} (${name}) is already in use; stop what holds it or set ${variable}`);
    }
  }
  for (let offset = 0; offset < DEMO_MODULE_COUNT; offset += 1) {
    if (await portIsBusy(config.DEMO_MODULES_PORT + offset)) {
      throw new Error(`port ${config.DEMO_MODULES_PORT + offset} (demo module) is already in use; stop what holds it or set DEMO_MODULES_PORT`);
    }
  }

  console.log('Building the web console…');
  await buildWeb();
  console.log('Starting the subgraphs, the gateway and the edge…');
  const stack = await startStack({
    dataDir: resolve(config.LANYARD_DATA_DIR),
    verbose: true,
    ports: Object.fromEntries(Object.entries(ports).map(([name, { port }]) => [name, port])),
  });

  const url = `http://127.0.0.1:${config.LANYARD_PORT}`;
  console.log('Starting the demo module (examples/module-demo)…');
  const demoModules = await startDemoModules({ dataDir: resolve(config.LANYARD_DATA_DIR), edgeUrl: url, firstPort: config.DEMO_MODULES_PORT });
  const users = stack.demo.users.map(
    (user) =>
      `    ${user.username.padEnd(8)} ${user.role.padEnd(12)} ${user.password}  ${
        user.totpSecret ?? '(sets up two-factor at first sign-in)'
      }`,
  );
  console.log(
    [
      '',
      `Lanyard is running at ${url}`,
      '',
      `  Demo company: ${stack.demo.companyName}`,
      '  Demo users (username, role, password, authenticator secret):',
      ...users,
      '',
      '  Add a secret to any authenticator app (manual entry, TOTP, 6 digits, 30 s), or compute a code with',
      '  `npm run totp -- <secret>`.',
      '',
      '  Demo modules (Log In with Lanyard; casey reaches them through Support):',
      ...demoModules.instances.map((instance) => `    ${instance.label.padEnd(34)} ${instance.url}`),
      '',
      `  Emails (kept here, not sent): ${url}/dev/mailbox`,
      `  Health: ${url}/healthz`,
      `  Data folder: ${resolve(config.LANYARD_DATA_DIR)}`,
      '',
      'Press Ctrl-C to stop.',
    ].join('\n'),
  );

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping Lanyard…');
    Promise.all([demoModules.stop(), stack.stop()]).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`Lanyard could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
