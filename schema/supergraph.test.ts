import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiSchemaPath, composeSupergraph, supergraphPath } from './composeSupergraph.ts';

describe('committed supergraph', () => {
  it('is what the subgraph SDLs compose to today (run `npm run compose` when this fails)', () => {
    const { supergraphSdl, apiSdl } = composeSupergraph();
    expect(readFileSync(supergraphPath, 'utf8')).toBe(supergraphSdl);
    expect(readFileSync(apiSchemaPath, 'utf8')).toBe(apiSdl);
  });
});
