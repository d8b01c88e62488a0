import { describe, expect, it } from 'vitest';
import { chooseRequestId } from './requestId.ts';

const generate = () => 'generated-id';

describe('chooseRequestId', () => {
  it('keeps a plain incoming id', () => {
    expect(chooseRequestId('abc-123-DEF', generate)).toBe('abc-123-DEF');
    expect(chooseRequestId('0f8fad5b-d9cb-469f-a165-70867728950e', generate)).toBe(
      '0f8fad5b-d9cb-469f-a165-70867728950e',
    );
  });

  it('replaces a missing, too short, too long or odd id', () => {
    expect(chooseRequestId(null, generate)).toBe('generated-id');
    expect(chooseRequestId(undefined, generate)).toBe('generated-id');
    expect(chooseRequestId('short', generate)).toBe('generated-id');
    expect(chooseRequestId('a'.repeat(65), generate)).toBe('generated-id');
    expect(chooseRequestId('evil id\nwith newline', generate)).toBe('generated-id');
    expect(chooseRequestId('12345678;drop', generate)).toBe('generated-id');
  });
});
