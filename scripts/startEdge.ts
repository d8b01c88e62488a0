import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Log, LogLevel, Miniflare, type WorkerOptions } from 'miniflare';
import { unstable_getMiniflareWorkerOptions } from 'wrangler';
import { generateOidcSigningKeys } from '@lanyard/core/oidcSigningKeyGeneration';

/**
 * Runs the real edge worker in workerd, as `wrangler deploy` would ship it: wrangler bundles edge/worker.ts
 * (`wrangler deploy --dry-run`, the exact artifact a deployment uploads) and translates wrangler.toml into
 * runtime options (assets, vars, later Durable Objects); Miniflare runs that bundle in workerd on
 * 127.0.0.1. Used by `npm start`, the e2e browser test, the bench and the edge tests.
 *
 * Why not `wrangler dev` / `unstable_startWorker`: both put wrangler's dev ProxyWorker in front of the
 * worker, and that proxy breaks when a worker answers before reading a chunked request body (exactly what
 * the edge does to an oversized upload): its connection to the worker is left half-written, so the *next*
 * POST gets "Your worker restarted mid-request" (503) and the next GET hangs for about a minute. Running
 * the bundle directly in Miniflare has no such proxy, and one hop fewer for the bench.
 */
export interface StartEdgeOptions {
  /** 0 lets the OS pick a free port. */
  port: number;
  gatewayUrl: string;
  internalTokenPrivateJwk: string;
  sessionSecret: string;
  /** OIDC_SIGNING_KEYS; a fresh set when not given (tests). */
  oidcSigningKeys?: string;
  /** Where Durable Object and other local state is kept between runs; omitted = in memory, gone at stop. */
  persistDir?: string;
  /** The static files to serve instead of wrangler.toml's ./web/dist (the edge tests use a tiny stand-in app). */
  assetsDirectory?: string;
  /** Serve the development mailbox at /dev/mailbox (the DEVELOPMENT_MAILBOX binding); default true, as this only runs locally. */
  developmentMailbox?: boolean;
  /** Further vars over wrangler.toml's, e.g. a lower SIGN_IN_FAILURES_PER_NETWORK for a test. */
  vars?: Record<string, string>;
  /** Further workers beside the edge in the same workerd, e.g. the bench's probe of a Durable Object. */
  extraWorkers?: WorkerOptions[];
}

export interface RunningEdge {
  /** e.g. http://127.0.0.1:8787 (no trailing slash). */
  url: string;
  /**
   * For tests: a stub of one of the worker's Durable Objects, by binding and object name, whose methods
   * are called directly, e.g. with a chosen time.
   */
  durableObject<Stub>(binding: string, name: string): Promise<Stub>;
  /** Sends a request to one of the extra workers (they have no port of their own). */
  fetchWorker(name: string, url: string): Promise<Response>;
  stop(): Promise<void>;
}

/** The edge's name in workerd, by which other workers bind its Durable Objects. */
export const EDGE_WORKER_NAME = 'lanyard-edge';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const WRANGLER_CONFIG = join(REPO_ROOT, 'wrangler.toml');
const BUILT_WEB_APP = join(REPO_ROOT, 'web', 'dist');

export async function startEdge(options: StartEdgeOptions): Promise<RunningEdge> {
  const assetsDirectory = options.assetsDirectory ?? BUILT_WEB_APP;
  if (!existsSync(assetsDirectory)) {
    throw new Error(`The edge serves the web app from ${assetsDirectory}, which does not exist: run \`npm run build:web\` first.`);
  }

  const bundleDirectory = await mkdtemp(join(tmpdir(), 'lanyard-edge-bundle-'));
  let miniflare: Miniflare | undefined;
  try {
    await bundleWithWrangler(bundleDirectory);
    const { workerOptions } = unstable_getMiniflareWorkerOptions(WRANGLER_CONFIG);
    const edgeWorker: WorkerOptions = {
      ...workerOptions,
      name: EDGE_WORKER_NAME,
      modulesRoot: bundleDirectory,
      modules: [{ type: 'ESModule', path: join(bundleDirectory, 'worker.js') }],
      // The given URL and secrets override wrangler.toml's vars, as `wrangler secret put` does in production.
      bindings: {
        ...workerOptions.bindings,
        GATEWAY_URL: options.gatewayUrl,
        INTERNAL_TOKEN_PRIVATE_JWK: options.internalTokenPrivateJwk,
        SESSION_SECRET: options.sessionSecret,
        OIDC_SIGNING_KEYS: options.oidcSigningKeys ?? (await generateOidcSigningKeys()),
        // Local runs only: a deployment gets its vars from wrangler.toml, which never sets this one.
        ...(options.developmentMailbox === false ? {} : { DEVELOPMENT_MAILBOX: 'on' }),
        ...options.vars,
      },
      assets: workerOptions.assets && { ...workerOptions.assets, directory: assetsDirectory },
    };
    miniflare = new Miniflare({
      // The first worker is the one on the port.
      workers: [edgeWorker, ...(options.extraWorkers ?? [])],
      host: '127.0.0.1',
      port: options.port,
      ...(options.persistDir ? { defaultPersistRoot: options.persistDir } : {}),
      // Miniflare's own chatter only when something is wrong; the worker's console output still shows.
      log: new Log(LogLevel.WARN),
      // Miniflare otherwise downloads a sample `Request.cf` object from workers.cloudflare.com and warns when
      // it cannot (no internet). The edge does not read request.cf.
      cf: false,
    });
    const url = await miniflare.ready;
    const running = miniflare;
    return {
      url: url.origin,
      async fetchWorker(name: string, url: string) {
        // Typed with the Workers types, which this project does not load: a fetcher of Request → Response.
        const worker = (await running.getWorker(name)) as unknown as { fetch(url: string): Promise<Response> };
        return worker.fetch(url);
      },
      async durableObject<Stub>(binding: string, name: string) {
        // Miniflare types the namespace with the Workers types, which this project does not load.
        const namespace = (await running.getDurableObjectNamespace(binding, EDGE_WORKER_NAME)) as unknown as DurableObjectNamespace<Stub>;
        return namespace.get(namespace.idFromName(name));
      },
      async stop() {
        await running.dispose();
        await rm(bundleDirectory, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await miniflare?.dispose();
    await rm(bundleDirectory, { recursive: true, force: true });
    throw error;
  }
}

/** `wrangler deploy --dry-run --outdir`: bundles and checks the worker exactly as a deployment would, uploading nothing. */
async function bundleWithWrangler(outdir: string): Promise<void> {
  const wranglerBin = join(dirname(createRequire(import.meta.url).resolve('wrangler/package.json')), 'bin', 'wrangler.js');
  const child = spawn(
    process.execPath,
    [wranglerBin, 'deploy', '--dry-run', '--outdir', outdir, '--config', WRANGLER_CONFIG],
    { cwd: REPO_ROOT, env: { ...process.env, WRANGLER_SEND_METRICS: 'false' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (exitCode !== 0) throw new Error(`Bundling the edge worker failed (wrangler exited with ${exitCode}):\n${output}`);
}
