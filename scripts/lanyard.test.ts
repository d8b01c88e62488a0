import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('npm run lanyard', () => {
  it('refuses a bad email with one line and exit code 2, before touching any database', () => {
    const result = spawnSync(
      'npm',
      ['run', '--silent', 'lanyard', '--', 'company', 'create', '--name', 'Acme MSP', '--username', 'root', '--email', 'not-an-email'],
      // A data folder that cannot exist: the command must stop before opening anything.
      { cwd: root, env: { ...process.env, LANYARD_DATA_DIR: '/nonexistent/lanyard' }, encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.status).toBe(2);
    expect(result.stdout.trim()).toBe('');
    expect(result.stderr.trim()).toBe('lanyard: --email must be one email address such as root@example.com, not "not-an-email"');
  });
});
