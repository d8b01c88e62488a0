import { z } from 'zod';

/**
 * The fields of a new user, as a Master types them in an invitation or an operator on the command line:
 * each is trimmed, checked, and safe to store and to put in an email. The rules are pure so that the
 * invitation form's API and `npm run lanyard -- company create` apply the same ones.
 */
export interface NewUserFields {
  username: string;
  email: string;
  displayName: string;
}

export type NewUserField = keyof NewUserFields;

export interface NewUserFieldProblem {
  field: NewUserField;
  message: string;
}

/** Letters and digits of any script, and . _ -: nothing that looks like a separator in an email or a URL. */
const USERNAME = /^[\p{L}\p{N}._-]{1,64}$/u;
export const USERNAME_RULE = '1 to 64 letters, digits, ".", "_" or "-"';
export const DISPLAY_NAME_MAX_LENGTH = 128;
/** Control characters (line breaks, tabs, NUL) have no place in a name shown in emails and headers. */
const CONTROL_CHARACTER = /\p{Cc}/u;
const EMAIL = z.email();
const EMAIL_MAX_LENGTH = 254;

/**
 * The trimmed fields and every problem found. An empty display name becomes the username, so every user
 * has a name to greet.
 */
export function checkNewUserFields(input: NewUserFields): { fields: NewUserFields; problems: NewUserFieldProblem[] } {
  const username = input.username.trim();
  const email = input.email.trim();
  const displayName = input.displayName.trim().replace(/\s+/g, ' ');
  const problems: NewUserFieldProblem[] = [];
  if (!USERNAME.test(username)) {
    problems.push({ field: 'username', message: `A username is ${USERNAME_RULE}.` });
  }
  if (email.length > EMAIL_MAX_LENGTH || !EMAIL.safeParse(email).success) {
    problems.push({ field: 'email', message: 'Enter one email address, such as casey@example.com.' });
  }
  if ([...displayName].length > DISPLAY_NAME_MAX_LENGTH || CONTROL_CHARACTER.test(input.displayName.trim())) {
    problems.push({
      field: 'displayName',
      message: `A display name is at most ${DISPLAY_NAME_MAX_LENGTH} characters, without line breaks or tabs.`,
    });
  }
  return { fields: { username, email, displayName: displayName || username }, problems };
}
