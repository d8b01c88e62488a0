import { ConfigError } from '@lanyard/core/config';
import { CommandError, UsageError } from './cli/commandErrors.ts';
import { runCompanyCreate } from './cli/companyCreateCommand.ts';
import { usage } from './cli/usage.ts';

/**
 * The operator's CLI: `npm run lanyard -- company create --name "Acme MSP" --username root --email …`.
 * Every failure is one line on stderr: exit code 2 for a wrong command line, 1 for anything else.
 */
async function main(args: string[]): Promise<number> {
  if (args.length === 0 || args[0] === '--help' || args[0] === '-h' || args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    return args.length === 0 ? 2 : 0;
  }
  const [group, command, ...rest] = args;
  if (group === 'company' && command === 'create') {
    for (const line of await runCompanyCreate(rest, process.env)) console.log(line);
    return 0;
  }
  throw new UsageError(`unknown command "${[group, command].filter(Boolean).join(' ')}" (see npm run lanyard -- --help)`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof CommandError) {
      console.error(`lanyard: ${error.message}`);
      process.exitCode = error.exitCode;
    } else if (error instanceof ConfigError) {
      console.error(`lanyard: ${error.message}`);
      process.exitCode = 1;
    } else {
      console.error(`lanyard: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      process.exitCode = 1;
    }
  },
);
