import { describe, expect, test } from 'vitest';
import type { LogoutDelivery } from './logoutDeliveriesApi.ts';
import { logoutDeliveryModule, logoutDeliveryStatus } from './logoutDeliveryStatus.ts';

function delivery(change: Partial<LogoutDelivery>): LogoutDelivery {
  return {
    clientId: 'lanyard-abc',
    moduleName: 'BMS',
    instanceName: 'Acme EU',
    userId: 'u1',
    sessionEndedAt: '2026-12-01T10:00:00Z',
    attempts: 1,
    lastAttemptAt: '2026-12-01T10:00:01Z',
    outcome: 'DELIVERED',
    nextAttemptAt: null,
    problem: null,
    ...change,
  };
}

const at = (iso: string) => `at(${iso})`;

describe('a back-channel logout as the Audit log says it', () => {
  test('a confirmed one needs nothing', () => {
    expect(logoutDeliveryStatus(delivery({}), at)).toEqual({ label: 'Confirmed', sentence: 'The module confirmed the sign-out.', needsAttention: false });
    expect(logoutDeliveryStatus(delivery({ attempts: 3 }), at).sentence).toBe('The module confirmed the sign-out after 3 attempts.');
  });

  test('one being retried says why and when the next try is', () => {
    const status = logoutDeliveryStatus(
      delivery({ outcome: 'RETRYING', attempts: 2, problem: 'The module answered HTTP 503.', nextAttemptAt: '2026-12-01T10:02:00Z' }),
      at,
    );
    expect(status).toEqual({
      label: 'Not confirmed yet',
      sentence: 'The module answered HTTP 503. Lanyard tries again at at(2026-12-01T10:02:00Z) (2 attempts so far).',
      needsAttention: true,
    });
  });

  test('one given up on warns that the person may still be signed in there', () => {
    const status = logoutDeliveryStatus(delivery({ outcome: 'FAILED', attempts: 6, problem: 'The module could not be reached.' }), at);
    expect(status.label).toBe('Never confirmed');
    expect(status.sentence).toBe('The module could not be reached. Lanyard gave up after 6 attempts: the person may still be signed in to this module.');
  });

  test('names the module with its instance, or says it was deleted', () => {
    expect(logoutDeliveryModule(delivery({}))).toBe('BMS (Acme EU)');
    expect(logoutDeliveryModule(delivery({ moduleName: null, instanceName: null }))).toBe('A deleted module');
  });
});
