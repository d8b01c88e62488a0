import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadOrCreateDevelopmentSecrets, type DevelopmentSecrets } from '@lanyard/core/developmentSecrets';
import { subgraphs, type SubgraphName } from '@lanyard/core/subgraphList';
import { openIdentityDatabase } from '../subgraphs/identity/db/database.ts';
import { createSecretBox } from '../subgraphs/identity/domain/secretBox.ts';
import { openModulesDatabase } from '../subgraphs/modules/db/database.ts';
import { openTenancyDatabase } from '../subgraphs/tenancy/db/database.ts';
import { DEMO_PASSWORD, demoCompany, demoUsers, seedDemo } from './demoData.ts';
import { freePort } from './freePort.ts';
import type { WorkerOptions } from 'miniflare';
import { startEdge, type RunningEdge } from './startEdge.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export type ServiceName = SubgraphName | 'gateway';

export interface StackOptions {
  dataDir: string;
  /** Also run the edge in workerd (default true); without it, callers talk to the gateway directly. */
  withEdge?: boolean;
  /** Fixed ports (npm start); any port not given is taken free from the OS. */
  ports?: Partial<Record<ServiceName | 'edge', number>>;
  /** Print each service's output prefixed with its name (npm start); otherwise keep it for errors. */
  verbose?: boolean;
  /** Workers to run beside the edge in the same workerd (the bench's probe). */
  extraEdgeWorkers?: WorkerOptions[];
}

export interface Stack {
  edgeUrl: string | undefined;
  /** The running edge, for a test or the bench that calls its Durable Objects directly. */
  edge: RunningEdge | undefined;
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  secrets: DevelopmentSecrets;
  demo: {
    companyName: string;
    users: { username: string; password: string; role: string; totpSecret: string | undefined }[];
  };
  /** Stops one service (to test how the others cope) or, without a name, everything. */
  stopService(name: ServiceName): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Lanyard on one machine: the three subgraphs and the gateway as separate Node processes (as they run
 * in production), the edge in workerd, the demo company seeded. Used by `npm start`, the browser test,
 * the gateway tests and the bench, so all of them exercise the same assembly.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const dataDir = resolve(options.dataDir);
  const secrets = await loadOrCreateDevelopmentSecrets(dataDir);
  await seedDemoDatabases(dataDir, secrets);

  const port = async (name: ServiceName | 'edge') => options.ports?.[name] ?? (await freePort());
  const children = new Map<ServiceName, ChildProcess>();
  const baseEnv = {
    ...process.env,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    LANYARD_DATA_DIR: dataDir,
    INTERNAL_TOKEN_PUBLIC_JWK: secrets.internalTokenPublicJwk,
  };
  // The edge starts last, but identity needs its URL first, for the links in account mail.
  const edgePort = await port('edge');
  // Only identity holds the keys of second factors. No SMTP_URL: mail goes to the data folder's outbox.
  const identityEnv = {
    TOTP_ENCRYPTION_KEY: secrets.totpEncryptionKey,
    RECOVERY_CODE_KEY: secrets.recoveryCodeKey,
    PUBLIC_URL: `http://127.0.0.1:${edgePort}`,
    SMTP_URL: '',
  };

  const stopService = async (name: ServiceName) => {
    const child = children.get(name);
    children.delete(name);
    if (child && child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
  };
  // Each part is started on a port the OS said was free, and counted as started only when it says it
  // listens there itself: between the two, a stack started beside this one (tests run files in
  // parallel) may take the port, and its part would answer our health checks. A part that finds its
  // port taken is started again on another.
  const startOnFreePort = async (name: ServiceName, entry: string, env: NodeJS.ProcessEnv): Promise<number> => {
    for (let attempt = 1; ; attempt += 1) {
      const servicePort = await port(name);
      const child = spawnService(name, entry, options.verbose, { ...baseEnv, PORT: String(servicePort), ...env });
      children.set(name, child);
      const outcome = await listeningOrExited(child);
      if (outcome === 'listening') return servicePort;
      if (outcome === 'port taken' && attempt < 3 && !options.ports?.[name]) continue;
      throw new Error(`${name} stopped during start`);
    }
  };

  const subgraphUrls = {} as Record<SubgraphName, string>;
  const gatewayUrl = await (async () => {
    try {
      await Promise.all(
        subgraphs.map(async (subgraph) => {
          const subgraphPort = await startOnFreePort(subgraph.name, `subgraphs/${subgraph.name}/index.ts`, {
            DATABASE_URL: `file:${dataDir}/${subgraph.name}.db`,
            ...(subgraph.name === 'identity' ? identityEnv : {}),
          });
          subgraphUrls[subgraph.name] = `http://127.0.0.1:${subgraphPort}/graphql`;
        }),
      );
      const gatewayPort = await startOnFreePort('gateway', 'gateway/index.ts', {
        IDENTITY_URL: subgraphUrls.identity,
        TENANCY_URL: subgraphUrls.tenancy,
        MODULES_URL: subgraphUrls.modules,
      });
      return `http://127.0.0.1:${gatewayPort}`;
    } catch (error) {
      await Promise.allSettled([...children.keys()].map(stopService));
      throw error;
    }
  })();

  let edge: Awaited<ReturnType<typeof startEdge>> | undefined;
  const stop = async () => {
    // Every part is stopped even when another fails to stop.
    await Promise.allSettled([edge?.stop(), ...[...children.keys()].map(stopService)]);
  };

  try {
    await Promise.all([
      ...Object.values(subgraphUrls).map((url) => waitUntilHealthy(new URL('/healthz', url).href, children)),
      waitUntilHealthy(`${gatewayUrl}/healthz`, children),
    ]);
    if (options.withEdge ?? true) {
      edge = await startEdge({
        port: edgePort,
        gatewayUrl,
        internalTokenPrivateJwk: secrets.internalTokenPrivateJwk,
        sessionSecret: secrets.sessionSecret,
        oidcSigningKeys: secrets.oidcSigningKeys,
        persistDir: resolve(dataDir, 'edge'),
        ...(options.extraEdgeWorkers ? { extraWorkers: options.extraEdgeWorkers } : {}),
      });
    }
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    edgeUrl: edge?.url,
    edge,
    gatewayUrl,
    subgraphUrls,
    secrets,
    demo: {
      companyName: demoCompany.name,
      users: demoUsers.map((user) => ({
        username: user.username,
        password: DEMO_PASSWORD,
        role: user.role,
        totpSecret: user.totpSecret,
      })),
    },
    stopService,
    stop,
  };
}

export async function seedDemoDatabases(dataDir: string, secrets: DevelopmentSecrets): Promise<void> {
  const [identity, tenancy, modules] = await Promise.all([
    openIdentityDatabase(`file:${dataDir}/identity.db`),
    openTenancyDatabase(`file:${dataDir}/tenancy.db`),
    openModulesDatabase(`file:${dataDir}/modules.db`),
  ]);
  try {
    await seedDemo(
      { identity: identity.db, tenancy: tenancy.db, modules: modules.db },
      createSecretBox(secrets.totpEncryptionKey),
    );
  } finally {
    identity.close();
    tenancy.close();
    modules.close();
  }
}

function spawnService(
  name: string,
  entry: string,
  verbose: boolean | undefined,
  env: NodeJS.ProcessEnv,
): ChildProcess {
  // Node runs the TypeScript itself (type stripping): no loader, no source-map work on every stack trace.
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', entry], {
    cwd: root,
    env,
    // The IPC channel is never used for messages: its closing tells the child that this process is gone.
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const output: string[] = [];
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    if (verbose) {
      for (const line of text.split('\n').filter(Boolean)) console.log(`[${name}] ${line}`);
    } else {
      output.push(text);
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  child.once('exit', (code, signal) => {
    if (code !== 0 && signal === null) {
      const detail = verbose ? '' : `\n${output.join('').trim()}`;
      console.error(`[${name}] exited with status ${code}${detail}`);
    }
  });
  return child;
}

/**
 * Whether a part came up: it says it is "listening on" its port, or it exits first (telling apart a
 * port another process took from any other failure, which its own output already explains).
 */
function listeningOrExited(child: ChildProcess): Promise<'listening' | 'port taken' | 'exited'> {
  return new Promise((done) => {
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening on')) done('listening');
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', () => done(output.includes('already in use') ? 'port taken' : 'exited'));
  });
}

async function waitUntilHealthy(url: string, children: Map<ServiceName, ChildProcess>): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const crashed = [...children].find(([, child]) => child.exitCode !== null);
    if (crashed) throw new Error(`${crashed[0]} stopped during start`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`${url} did not become healthy within 60 s`);
}
