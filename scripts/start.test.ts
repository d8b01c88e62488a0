import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './freePort.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs `npm start`'s script the way npm does and returns what a person sees. */
function start(env: Record<string, string>): { status: number | null; stderr: string; stdout: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr.trim(), stdout: result.stdout.trim() };
}

describe('npm start refuses bad settings with one line', () => {
  let busy: Server;
  let busyPort: number;

  beforeAll(async () => {
    busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    busyPort = (busy.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));

  it('names a bad variable', () => {
    const result = start({ LANYARD_PORT: 'eighty' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Lanyard could not start: Bad configuration: LANYARD_PORT is invalid: .+$/);
    expect(result.stderr.split('\n')).toHaveLength(1);
  });

  it('names a busy port, the part that wanted it and the variable that moves it', async () => {
    // The edge's port is checked first: give it a free one, so that only the gateway's is busy.
    const result = start({ LANYARD_PORT: String(await freePort()), GATEWAY_PORT: String(busyPort) });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `Lanyard could not start: port ${busyPort} (gateway) is already in use; stop what holds it or set GATEWAY_PORT`,
    );
    expect(result.stdout).not.toContain('Lanyard is running');
  });
});
