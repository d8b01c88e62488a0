/**
 * The two ways a CLI command fails, each printed as one line: a usage error (the command line itself is
 * wrong; exit code 2, as getopt-style tools do) and a refusal or failure while running (exit code 1).
 */
export class UsageError extends Error {
  readonly exitCode = 2;

  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export class CommandError extends Error {
  readonly exitCode = 1;

  constructor(message: string) {
    super(message);
    this.name = 'CommandError';
  }
}
