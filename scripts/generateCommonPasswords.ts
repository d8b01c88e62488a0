import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dictionary } from '@zxcvbn-ts/language-common';
import {
  COMMON_PASSWORD_COUNT,
  commonPasswordsFile,
  foldForCommonPasswordList,
} from '../subgraphs/identity/domain/commonPasswords.ts';

/**
 * Writes subgraphs/identity/domain/commonPasswords.txt: the most common passwords of zxcvbn-ts's
 * frequency-ranked dictionary (@zxcvbn-ts/language-common, MIT), in rank order, folded the way the
 * identity subgraph compares them, one per line and without a header, so the file is the list itself.
 */
export function selectCommonPasswords(rankedPasswords: readonly string[], count: number): string[] {
  const selected = new Set<string>();
  for (const password of rankedPasswords) {
    const folded = foldForCommonPasswordList(password);
    // A line break cannot be stored in a one-per-line file, and an empty line is no password.
    if (folded === '' || /[\r\n]/.test(folded)) continue;
    // Entries differing only in case fold to one; the Set keeps the first, at its better rank.
    selected.add(folded);
    if (selected.size === count) return [...selected];
  }
  throw new Error(`The dictionary holds only ${selected.size} distinct passwords, fewer than ${count}.`);
}

export function commonPasswordsFileText(): string {
  return `${selectCommonPasswords(dictionary['passwords-common'], COMMON_PASSWORD_COUNT).join('\n')}\n`;
}

if (import.meta.main) {
  writeFileSync(commonPasswordsFile, commonPasswordsFileText());
  console.log(`Wrote ${COMMON_PASSWORD_COUNT} common passwords to ${fileURLToPath(commonPasswordsFile)}`);
}
