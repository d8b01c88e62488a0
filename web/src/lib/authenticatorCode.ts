/**
 * The code as typed without its spaces (apps often show "123 456"), or null when it is not 6 digits.
 * Checked before sending, so a typo gets an answer at once; the server reads the code the same way and
 * has the last word.
 */
export function readAuthenticatorCode(input: string): string | null {
  const code = input.replace(/\s+/g, '');
  return /^[0-9]{6}$/.test(code) ? code : null;
}

/**
 * "ABCD EFGH IJKL …": the setup key in groups of four, which a person can type into an app without
 * losing their place. Apps ignore the spaces.
 */
export function groupManualEntryKey(key: string): string {
  return (key.replace(/\s+/g, '').toUpperCase().match(/.{1,4}/g) ?? []).join(' ');
}

/** What to say about a typed authenticator code that readAuthenticatorCode refused. */
export function authenticatorCodeProblem(input: string): string {
  return input.trim() === ''
    ? 'Enter the 6-digit code from your authenticator app.'
    : 'The code has 6 digits. Enter it as your authenticator app shows it.';
}
