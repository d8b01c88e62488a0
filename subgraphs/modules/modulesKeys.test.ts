import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '@lanyard/core/config';
import { loadModulesKeys } from './modulesKeys.ts';

const settings = (nodeEnv: 'development' | 'production', dataDir = tmpdir()) => ({ databaseUrl: 'file::memory:', environment: { nodeEnv, dataDir } });

describe('PROVISIONING_TOKEN_KEY', () => {
  it('is taken as given when it is 32 bytes in base64url', async () => {
    const key = 'A'.repeat(43);
    expect(await loadModulesKeys(settings('production'), { PROVISIONING_TOKEN_KEY: key })).toEqual({ provisioningTokenKey: key });
  });

  it('stops the start with a line naming it when malformed', async () => {
    const start = loadModulesKeys(settings('production'), { PROVISIONING_TOKEN_KEY: 'short' });
    await expect(start).rejects.toBeInstanceOf(ConfigError);
    await expect(start).rejects.toThrow('PROVISIONING_TOKEN_KEY is invalid: must be 32 bytes in base64url (43 characters)');
  });

  it('is required in production, and made once into the data folder in development', async () => {
    await expect(loadModulesKeys(settings('production'), {})).rejects.toThrow('PROVISIONING_TOKEN_KEY is required in production');
    const dataDir = await mkdtemp(join(tmpdir(), 'lanyard-modules-keys-'));
    try {
      const first = await loadModulesKeys(settings('development', dataDir), {});
      expect(first.provisioningTokenKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(await loadModulesKeys(settings('development', dataDir), {})).toEqual(first);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
