import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds the Svelte console into web/dist, which the edge serves. Vite is the web workspace's own
 * dependency, so the build runs there, exactly as `npm run build:web` does.
 */
export async function buildWeb(): Promise<void> {
  try {
    await promisify(execFile)('npm', ['run', 'build:web', '--silent'], { cwd: root });
  } catch (error) {
    const output = (error as { stderr?: string; stdout?: string }).stderr || (error as { stdout?: string }).stdout;
    throw new Error(`the web console did not build:\n${output ?? String(error)}`);
  }
}
