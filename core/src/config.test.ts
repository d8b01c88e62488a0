import { describe, expect, it } from 'vitest';
import { databaseUrlVariable, loadConfig, portVariable } from './config.ts';

describe('configuration', () => {
  const shape = { PORT: portVariable(4000), DATABASE_URL: databaseUrlVariable('file:data/x.db') };

  it('uses the defaults when nothing is set', () => {
    expect(loadConfig(shape, {})).toEqual({ PORT: 4000, DATABASE_URL: 'file:data/x.db' });
  });

  it('names the bad variable in one line', () => {
    expect(() => loadConfig(shape, { PORT: 'eighty' })).toThrow(/^Bad configuration: PORT is invalid/);
    expect(() => loadConfig(shape, { PORT: '70000' })).toThrow(/PORT is invalid/);
    expect(() => loadConfig(shape, { DATABASE_URL: 'postgres://x' })).toThrow(/DATABASE_URL is invalid: must be a libSQL URL/);
  });

  it('accepts a libSQL server URL as well as a local file', () => {
    expect(loadConfig(shape, { DATABASE_URL: 'libsql://acme.example.turso.io' }).DATABASE_URL).toBe(
      'libsql://acme.example.turso.io',
    );
  });
});
