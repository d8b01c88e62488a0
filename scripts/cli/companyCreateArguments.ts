import { parseArgs } from 'node:util';
import { checkNewUserFields, DISPLAY_NAME_MAX_LENGTH, USERNAME_RULE } from '../../subgraphs/identity/domain/newUserFields.ts';
import { UsageError } from './commandErrors.ts';

/** What `company create` needs, checked: every value is safe to store and to put in an email. */
export interface CompanyCreateArguments {
  name: string;
  username: string;
  email: string;
  displayName: string;
}

const NAME_LENGTH = { min: 2, max: 128 } as const;
/** Control characters (line breaks, tabs, NUL) have no place in a name shown in emails and headers. */
const CONTROL_CHARACTER = /\p{Cc}/u;

/** Parses the options after `company create`; throws a UsageError naming the first problem. */
export function parseCompanyCreateArguments(args: string[]): CompanyCreateArguments {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        name: { type: 'string' },
        username: { type: 'string' },
        email: { type: 'string' },
        'display-name': { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UsageError(parseArgsProblem(error));
  }
  const required = (option: 'name' | 'username' | 'email'): string => {
    const value = values[option];
    if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${option} is required`);
    return value.trim();
  };

  const name = required('name').replace(/\s+/g, ' ');
  const nameLength = [...name].length;
  if (nameLength < NAME_LENGTH.min || nameLength > NAME_LENGTH.max || CONTROL_CHARACTER.test(name)) {
    throw new UsageError(`--name must be ${NAME_LENGTH.min} to ${NAME_LENGTH.max} characters without control characters`);
  }
  // The Root Master's fields follow the same rules as every invited user's.
  const { fields, problems } = checkNewUserFields({
    username: required('username'),
    email: required('email'),
    displayName: typeof values['display-name'] === 'string' ? values['display-name'] : '',
  });
  const problemFields = new Set(problems.map((problem) => problem.field));
  if (problemFields.has('username')) throw new UsageError(`--username must be ${USERNAME_RULE}`);
  if (problemFields.has('email')) {
    throw new UsageError(`--email must be one email address such as root@example.com, not "${fields.email}"`);
  }
  if (problemFields.has('displayName')) {
    throw new UsageError(`--display-name must be at most ${DISPLAY_NAME_MAX_LENGTH} characters without control characters`);
  }
  return { name, ...fields };
}

/** node:util's messages are long and suggest "--" tricks; one short line says what was wrong. */
function parseArgsProblem(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[\w-]+)/.exec(message)?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option ?? ''}`.trim();
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `${option ?? 'an option'} needs a value`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${/'([^']*)'/.exec(message)?.[1] ?? ''}`.trim();
    default:
      return message.split('\n')[0] ?? 'invalid arguments';
  }
}
