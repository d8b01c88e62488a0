import { describe, expect, it } from 'vitest';
import { normalizeCompanyName } from './companyName.ts';

describe('company names', () => {
  it('compare case-insensitively, ignoring extra spaces', () => {
    expect(normalizeCompanyName('  ACME   msp ')).toBe(normalizeCompanyName('Acme MSP'));
  });

  it('keep different companies different', () => {
    expect(normalizeCompanyName('Acme MSP')).not.toBe(normalizeCompanyName('Acme MSP EU'));
  });
});
