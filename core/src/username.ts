/**
 * Usernames are unique per company and compared case-insensitively; the stored form keeps the person's
 * spelling, the normalized form is what uniqueness and sign-in compare. NFKC folds look-alike forms
 * (full-width letters, ligatures) so "ＲＯＯＴ" and "root" are one name.
 */
export function normalizeUsername(username: string): string {
  return username.normalize('NFKC').trim().toLowerCase();
}
