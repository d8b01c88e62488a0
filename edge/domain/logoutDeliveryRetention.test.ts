import { describe, expect, it } from 'vitest';
import { LOGOUT_DELIVERIES_KEPT, LOGOUT_DELIVERY_KEPT_MS, logoutDeliveriesToForget } from './logoutDeliveryRetention.ts';

describe('which back-channel logout outcomes the edge forgets', () => {
  const now = 10 * LOGOUT_DELIVERY_KEPT_MS;

  it('keeps recent outcomes and forgets those past the retention', () => {
    const entries = [
      { key: 'recent', lastAttemptAt: now - 1000 },
      { key: 'just-kept', lastAttemptAt: now - LOGOUT_DELIVERY_KEPT_MS + 1 },
      { key: 'too-old', lastAttemptAt: now - LOGOUT_DELIVERY_KEPT_MS },
    ];
    expect(logoutDeliveriesToForget(entries, now)).toEqual(['too-old']);
  });

  it('forgets the oldest beyond the count kept, whatever their age', () => {
    const entries = Array.from({ length: LOGOUT_DELIVERIES_KEPT + 2 }, (_, index) => ({ key: `d${index}`, lastAttemptAt: now - index }));
    expect(logoutDeliveriesToForget(entries, now)).toEqual([`d${LOGOUT_DELIVERIES_KEPT}`, `d${LOGOUT_DELIVERIES_KEPT + 1}`]);
  });
});
