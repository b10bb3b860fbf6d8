import { CLIError } from './cli-error.ts';
import { colorEnabled, painter } from './output/colors.ts';

/** citty's own usage errors (a missing positional argument) carry a string code such as "EARG". */
function isCittyError(error: unknown): error is Error {
  return (
    error instanceof Error &&
    error.name === 'CLIError' &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}

/**
 * Presents an error on standard error and returns the exit code: the message alone for an
 * expected failure, a short notice for a bug (the stack trace only with `--debug`).
 */
export async function present(
  error: unknown,
  debug: boolean,
  stderr: Pick<NodeJS.WriteStream, 'write' | 'isTTY'> = process.stderr,
): Promise<number> {
  const paint = await painter(colorEnabled(stderr));
  const say = (text: string) => stderr.write(`${paint('red', 'error:')} ${text}\n`);
  if (error instanceof CLIError) return (say(error.message), error.code);
  if (isCittyError(error)) return (say(`${error.message}; see --help`), 2);
  if ((error as { code?: unknown })?.code === 'EPIPE') return 0;
  say(`unexpected failure: ${error instanceof Error ? error.message : String(error)}`);
  stderr.write(
    debug && error instanceof Error ? `${error.stack}\n` : 'run again with --debug for the stack trace\n',
  );
  return 1;
}
