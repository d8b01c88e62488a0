import { describe, expect, it } from 'vitest';
import { buildHealthReport } from './healthReport.ts';

describe('buildHealthReport', () => {
  it('is ok when the gateway and every subgraph are ok', () => {
    const body = { status: 'ok', parts: { gateway: 'ok', identity: 'ok', tenancy: 'ok', modules: 'ok' } };
    expect(buildHealthReport({ reached: true, body })).toEqual({
      status: 'ok',
      parts: { edge: 'ok', gateway: 'ok', identity: 'ok', tenancy: 'ok', modules: 'ok' },
    });
  });

  it('is degraded and keeps the reason when a subgraph is down', () => {
    const body = { status: 'degraded', parts: { gateway: 'ok', identity: 'unreachable', tenancy: 'ok', modules: 'ok' } };
    const report = buildHealthReport({ reached: true, body });
    expect(report.status).toBe('degraded');
    expect(report.parts.identity).toBe('unreachable');
  });

  it('marks the gateway unreachable and the subgraphs unknown when the gateway does not answer', () => {
    expect(buildHealthReport({ reached: false })).toEqual({
      status: 'degraded',
      parts: { edge: 'ok', gateway: 'unreachable', identity: 'unknown', tenancy: 'unknown', modules: 'unknown' },
    });
  });

  it('does not trust a malformed answer', () => {
    const report = buildHealthReport({ reached: true, body: 'teapot' });
    expect(report.status).toBe('degraded');
    expect(report.parts.gateway).toBe('invalid answer');
    expect(report.parts.identity).toBe('unknown');
  });
});
