import { readFileSync } from 'node:fs';

/**
 * The 10,000 most common passwords, which no one may choose (password policy rule NOT_COMMON).
 *
 * Source: the frequency-ranked password dictionary ("passwords-common") of zxcvbn-ts, package
 * @zxcvbn-ts/language-common (https://github.com/zxcvbn-ts/zxcvbn), MIT licence,
 * Copyright (c) 2012-2016 Dan Wheeler and Dropbox, Inc., Copyright (c) 2021 @zxcvbn-ts.
 * commonPasswords.txt holds its first 10,000 entries in rank order (most common first), lower-cased,
 * one per line; scripts/generateCommonPasswords.ts reproduces it, and a test fails when it differs.
 *
 * The list stays on the server: the console's live checklist runs without it, and the identity
 * subgraph passes isCommonPassword to evaluatePassword when a password is set.
 */
export const COMMON_PASSWORD_COUNT = 10_000;

export const commonPasswordsFile = new URL('./commonPasswords.txt', import.meta.url);

/** Read at the first check, not at import, so a service that never sets a password never loads it. */
let commonPasswords: ReadonlySet<string> | undefined;

function loadCommonPasswords(): ReadonlySet<string> {
  commonPasswords ??= new Set(
    readFileSync(commonPasswordsFile, 'utf8')
      .split('\n')
      .filter((line) => line !== ''),
  );
  return commonPasswords;
}

/**
 * The list is stored lower-cased, so the check folds the password the same way: "PASSWORD" and
 * "Password" are as common as "password". NFKC also folds full-width look-alikes ("ｐａｓｓｗｏｒｄ").
 */
export function foldForCommonPasswordList(password: string): string {
  return password.normalize('NFKC').toLowerCase();
}

export function isCommonPassword(password: string): boolean {
  return loadCommonPasswords().has(foldForCommonPasswordList(password));
}
