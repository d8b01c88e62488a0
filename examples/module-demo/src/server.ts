import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createModuleDemo } from './app.ts';
import type { ModuleDemoConfig } from './config.ts';

export interface RunningModuleDemo {
  /** Where it listens (its PUBLIC_URL may be another address, e.g. behind a proxy). */
  url: string;
  close(): Promise<void>;
}

/** Serves one instance on Node with @hono/node-server; resolves once it listens. */
export function startModuleDemo(config: ModuleDemoConfig): Promise<RunningModuleDemo> {
  const app = createModuleDemo(config);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info: AddressInfo) => {
      server.off('error', reject);
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            // Idle keep-alive connections would hold close() open for seconds.
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    }) as Server;
    server.once('error', reject);
  });
}
