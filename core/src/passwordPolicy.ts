import type { FieldProblem } from './domainError.ts';

/**
 * A company's password policy and the rules every new password must meet. The same rules run in two
 * places: the console shows them as a live checklist while a person types, and the identity subgraph
 * enforces them when a password is set and names the ones that failed. Both must agree exactly, so this
 * module is pure and browser-safe: no I/O, no Node APIs, and no common-password list inside (the list is
 * large and stays on the server, which passes a checker in).
 */

/** What a Master user can choose per company; everything else is fixed for every company. */
export interface PasswordPolicy {
  minLength: number;
}

export const PASSWORD_MIN_LENGTH_RANGE = { min: 8, max: 64 } as const;

/** Fixed ceiling: long passphrases are welcome, but a request must not make the server hash megabytes. */
export const PASSWORD_MAX_LENGTH = 128;

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = { minLength: PASSWORD_MIN_LENGTH_RANGE.min };

/** The rules in the order the checklist shows them. Rule names are public API, like error codes. */
export type PasswordRule =
  | 'MIN_LENGTH'
  | 'MAX_LENGTH'
  | 'LOWERCASE'
  | 'UPPERCASE'
  | 'DIGIT'
  | 'SYMBOL'
  | 'NOT_USERNAME'
  | 'NOT_COMPANY_NAME'
  | 'NOT_COMMON';

export interface PasswordRuleResult {
  rule: PasswordRule;
  passed: boolean;
  /** The sentence the checklist shows next to its tick, e.g. "At least 8 characters". */
  description: string;
}

export type PasswordEvaluation = PasswordRuleResult[];

export interface PasswordContext {
  policy: PasswordPolicy;
  /** The username of the person whose password this is. */
  username: string;
  companyName: string;
  /**
   * Answers whether a password is among the most common ones. Only the server has the list, so the
   * browser leaves this out and the NOT_COMMON rule is then absent from the evaluation. It receives the
   * password already folded for comparison (NFKC, lower-case).
   */
  isCommonPassword?: (password: string) => boolean;
}

/**
 * Checks the settings a Master user submits. Problems name the field by its path inside the settings,
 * so the protocol layer can prefix its own input path and answer VALIDATION_FAILED.
 */
export function validatePasswordPolicySettings(settings: PasswordPolicy): FieldProblem[] {
  const { min, max } = PASSWORD_MIN_LENGTH_RANGE;
  if (!Number.isInteger(settings.minLength) || settings.minLength < min || settings.minLength > max) {
    return [{ path: ['minLength'], message: `The minimum length must be a whole number from ${min} to ${max}.` }];
  }
  return [];
}

// Character classes by Unicode property, so a password in any script is judged fairly: "é" is a
// lower-case letter and "É" an upper-case one, "٣" (Arabic-Indic three) is a digit.
const LOWERCASE_LETTER = /\p{Lowercase_Letter}/u;
const UPPERCASE_LETTER = /\p{Uppercase_Letter}/u;
const DECIMAL_DIGIT = /\p{Decimal_Number}/u;
// A symbol is anything that is neither a letter nor a digit: punctuation, signs, emoji, a space. Combining
// marks are excluded because they belong to the letter they modify (the vowel signs of Devanagari, an
// accent typed as a separate code point); counting them would let plain words pass as having a symbol.
const SYMBOL = /[^\p{Letter}\p{Decimal_Number}\p{Mark}]/u;

/**
 * Names (usernames, company names) shorter than this are not searched for in passwords. A one- or
 * two-character name ("jo", "3M") occurs by chance in many strong passwords, and refusing them would
 * frustrate people while adding almost nothing an attacker could exploit: knowing two characters of a
 * password barely shortens a guess. From three characters on, the name is a real hint.
 */
const MIN_NAME_LENGTH_TO_CHECK = 3;

export function evaluatePassword(password: string, context: PasswordContext): PasswordEvaluation {
  // Length and character classes judge what the person sees: NFC composes "e" + combining accent into
  // the single "é" a keyboard usually sends, so both spellings count as one character.
  const composed = password.normalize('NFC');
  // Length in code points, not UTF-16 units, so an emoji counts as one character, not two.
  const length = [...composed].length;
  const minLength = enforcedMinLength(context.policy);
  const comparable = foldForComparison(password);

  const evaluation: PasswordEvaluation = [
    { rule: 'MIN_LENGTH', passed: length >= minLength, description: `At least ${minLength} characters` },
    {
      rule: 'MAX_LENGTH',
      passed: length <= PASSWORD_MAX_LENGTH,
      description: `At most ${PASSWORD_MAX_LENGTH} characters`,
    },
    { rule: 'LOWERCASE', passed: LOWERCASE_LETTER.test(composed), description: 'At least one lower-case letter' },
    { rule: 'UPPERCASE', passed: UPPERCASE_LETTER.test(composed), description: 'At least one upper-case letter' },
    { rule: 'DIGIT', passed: DECIMAL_DIGIT.test(composed), description: 'At least one digit' },
    {
      rule: 'SYMBOL',
      passed: SYMBOL.test(composed),
      description: 'At least one symbol, such as ! # % or a space',
    },
    {
      rule: 'NOT_USERNAME',
      passed: !containsName(comparable, context.username),
      description: 'Does not contain your username',
    },
    {
      rule: 'NOT_COMPANY_NAME',
      passed: !containsName(comparable, context.companyName),
      description: 'Does not contain your company name',
    },
  ];
  if (context.isCommonPassword) {
    evaluation.push({
      rule: 'NOT_COMMON',
      passed: !context.isCommonPassword(comparable),
      description: 'Is not a commonly used password',
    });
  }
  return evaluation;
}

/** The rules a password did not meet; empty when it may be set. */
export function failedRules(evaluation: PasswordEvaluation): PasswordRuleResult[] {
  return evaluation.filter((result) => !result.passed);
}

/**
 * Settings are validated when saved, but a floor of 8 is a promise to every company, so a stored value
 * outside the range (an old row, a hand-edited database) is clamped into it rather than trusted.
 */
function enforcedMinLength(policy: PasswordPolicy): number {
  if (!Number.isFinite(policy.minLength)) return DEFAULT_PASSWORD_POLICY.minLength;
  const { min, max } = PASSWORD_MIN_LENGTH_RANGE;
  return Math.min(Math.max(Math.ceil(policy.minLength), min), max);
}

/**
 * Case-insensitive comparison form. NFKC also folds look-alikes (full-width "ＣＡＳＥＹ", ligatures) into
 * plain letters, the same folding usernames get when they are stored, so a name cannot hide behind them.
 */
function foldForComparison(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * Whether the password contains the name, as written or with its spaces taken out: a company called
 * "Acme MSP" is as guessable in "AcmeMSP2026!" as in "Acme MSP2026!".
 */
function containsName(comparablePassword: string, name: string): boolean {
  const written = foldForComparison(name).trim();
  const withoutSpaces = written.replace(/\s+/gu, '');
  return [written, withoutSpaces].some(
    (form) => [...form].length >= MIN_NAME_LENGTH_TO_CHECK && comparablePassword.includes(form),
  );
}
