import { unknownName } from '@smartcities/core/engine';
import { runCommand } from 'citty';
import { CLIError } from './cli-error.ts';
import { commands, type CommandModule } from './commands/registry.ts';
import { checkFlags } from './flags/check-flags.ts';
import { writeOutput } from './output/emit.ts';
import { present } from './present.ts';

const rootFlags = ['--help', '-h', '--version', '-v', '--debug'];

/**
 * Runs the CLI on its arguments and returns the exit code: 0 on success, 1 for a failed check
 * or a bug, 2 for bad input. Every error is presented here, once.
 */
export async function run(argv: readonly string[]): Promise<number> {
  try {
    return await dispatch(argv);
  } catch (error) {
    return await present(error, argv.includes('--debug'));
  }
}

async function dispatch(argv: readonly string[]): Promise<number> {
  const at = argv.findIndex((arg) => !arg.startsWith('-'));
  const before = at < 0 ? argv : argv.slice(0, at);
  for (const flag of before)
    if (!rootFlags.includes(flag))
      throw new CLIError(
        unknownName(
          'flag',
          flag,
          rootFlags.filter((f) => f.startsWith('--')),
        ),
        2,
      );
  if (at < 0) return rootOnly(before);
  const name = argv[at]!;
  const rest = argv.slice(at + 1);
  if (name === 'help') return help(rest);
  const command = await commandNamed(name);
  if (rest.includes('--help') || rest.includes('-h'))
    return say(await (await import('./help.ts')).helpText(command));
  const args =
    typeof command.default.args === 'function' ? await command.default.args() : await command.default.args;
  checkFlags(name, rest, args ?? {}, command.variadic);
  const out = outFlag(rest);
  // refused before any work, so that a long analysis never ends in a refusal
  if (out !== undefined) (await import('./out-target.ts')).outTarget(out);
  await runCommand(command.default, { rawArgs: [...rest] });
  return 0;
}

/** The value of the last `--out` before `--`, as citty reads it ("" when it has none), or undefined. */
function outFlag(rest: readonly string[]): string | undefined {
  let out: string | undefined;
  for (let i = 0; i < rest.length && rest[i] !== '--'; i++) {
    const arg = rest[i]!;
    if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg === '--out') out = /^-./.test(rest[i + 1] ?? '-x') ? '' : rest[++i]!;
  }
  return out;
}

async function commandNamed(name: string): Promise<CommandModule> {
  const load = commands[name];
  if (!load) throw new CLIError(unknownName('command', name, [...Object.keys(commands), 'help']), 2);
  return load();
}

/** `smartcities help [command]`: the same text as `--help`, on standard output. */
async function help(rest: readonly string[]): Promise<number> {
  const [name, extra] = rest.filter((arg) => arg !== '--help' && arg !== '-h');
  if (extra !== undefined)
    throw new CLIError(`help: unexpected argument "${extra}"; write "smartcities help [command]"`, 2);
  const command = name === undefined || name === 'help' ? undefined : await commandNamed(name);
  return say(await (await import('./help.ts')).helpText(command));
}

async function rootOnly(flags: readonly string[]): Promise<number> {
  const { helpText, version } = await import('./help.ts');
  if (flags.includes('--version') || flags.includes('-v')) return say(`${version}\n`);
  const help = await helpText();
  if (flags.includes('--help') || flags.includes('-h')) return say(help);
  process.stderr.write(help);
  return 2;
}

async function say(text: string): Promise<number> {
  await writeOutput(text, undefined);
  return 0;
}
