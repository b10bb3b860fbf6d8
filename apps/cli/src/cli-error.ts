/** Exit codes: 1 for a failed check (verify) or a bug, 2 for bad input (flags, names, files). */
export type ExitCode = 1 | 2;

/**
 * The one error the CLI presents to users: a message without a stack trace and the exit code.
 * @example throw new CLIError('--top: expected a whole number of 1 or more, got "x"', 2);
 */
export class CLIError extends Error {
  readonly code: ExitCode;
  constructor(message: string, code: ExitCode = 2) {
    super(message);
    this.name = 'CLIError';
    this.code = code;
  }
}
