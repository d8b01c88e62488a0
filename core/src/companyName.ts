/**
 * Company names are unique across Lanyard and compared case-insensitively, with look-alike forms folded
 * (NFKC) and inner runs of spaces collapsed, so "Acme  MSP" and "acme msp" are one company.
 */
export function normalizeCompanyName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}
