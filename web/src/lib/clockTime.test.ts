import { describe, expect, test } from 'vitest';
import { clockTime } from './clockTime.ts';

describe('the time a lock ends', () => {
  const now = new Date(2026, 4, 12, 13, 0);

  test('later today is the time on a 24-hour clock', () => {
    expect(clockTime(new Date(2026, 4, 12, 14, 5).toISOString(), now)).toMatch(/^14[:.]05$/);
  });

  test('after midnight it carries the weekday', () => {
    const text = clockTime(new Date(2026, 4, 13, 9, 15).toISOString(), now);
    expect(text).toMatch(/09[:.]15$/);
    expect(text.length).toBeGreaterThan('09:15'.length);
  });

  test('something that is not a moment is shown as it came', () => {
    expect(clockTime('soon', now)).toBe('soon');
  });
});
