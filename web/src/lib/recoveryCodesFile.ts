/** The name the downloaded recovery codes are saved under. */
export const RECOVERY_CODES_FILE_NAME = 'lanyard-recovery-codes.txt';

/**
 * The text file a user keeps their recovery codes in: whose codes they are (a person may have accounts
 * in several companies) and how to use them, so the file still makes sense when found a year later.
 */
export function recoveryCodesFileText(account: {
  companyName: string;
  username: string;
  codes: readonly string[];
  createdAt: Date;
}): string {
  return [
    'Lanyard recovery codes',
    '',
    `Company name: ${account.companyName}`,
    `Username: ${account.username}`,
    `Created: ${account.createdAt.toISOString().slice(0, 10)}`,
    '',
    'If you cannot use your authenticator app, sign in with your username, company name and',
    'password, choose "Use a recovery code instead" and enter one of these codes.',
    'Each code works once. Keep this file somewhere safe, away from your phone.',
    '',
    ...account.codes,
    '',
  ].join('\n');
}

/** Saves `text` as a file through the browser's download, without any request to the server. */
export function downloadTextFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; a later revoke leaves slow browsers time to read the blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
