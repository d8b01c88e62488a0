import { describe, expect, test } from 'vitest';
import { durationInWords, waitInWords } from './durationInWords.ts';

describe('a span of time in words', () => {
  test('minutes under an hour stay minutes', () => {
    expect(durationInWords(1)).toBe('1 minute');
    expect(durationInWords(15)).toBe('15 minutes');
  });

  test('longer spans are told in days, hours and minutes, leaving out the parts that are zero', () => {
    expect(durationInWords(60)).toBe('1 hour');
    expect(durationInWords(90)).toBe('1 hour 30 minutes');
    expect(durationInWords(23 * 60 + 59)).toBe('23 hours 59 minutes');
    expect(durationInWords(12 * 60)).toBe('12 hours');
    expect(durationInWords(30 * 24 * 60)).toBe('30 days');
    expect(durationInWords(24 * 60 + 1)).toBe('1 day 1 minute');
  });
});

describe('how long to wait', () => {
  test('is rounded up to whole minutes, and never says zero', () => {
    expect(waitInWords(900)).toBe('15 minutes');
    expect(waitInWords(841)).toBe('15 minutes');
    expect(waitInWords(61)).toBe('2 minutes');
    expect(waitInWords(5)).toBe('1 minute');
    expect(waitInWords(0)).toBe('1 minute');
    expect(waitInWords(3 * 3600)).toBe('3 hours');
  });
});
