import { stdoutIsTTY } from './output/stdout.ts';
import { defineCommand, renderUsage } from 'citty';
import pkg from '../package.json' with { type: 'json' };
import { commands, type CommandModule } from './commands/registry.ts';
import { colorEnabled, stripAnsi } from './output/colors.ts';
import { terminalWidth } from './output/terminal-width.ts';
import { wrapLine } from './output/wrap.ts';

/** The version printed by `smartcities --version`. */
export const version: string = pkg.version;

/** The top-level command, for the overall help: every sub-command with its description. */
export const root = defineCommand({
  meta: {
    name: 'smartcities',
    version,
    description:
      'The Global Smart Cities 2020 index: rankings, profiles, scenarios, verification and uncertainty',
  },
  args: { debug: { type: 'boolean', description: 'Show stack traces of unexpected errors' } },
  subCommands: {
    ...Object.fromEntries(
      Object.entries(commands).map(([name, load]) => [name, () => load().then((m) => m.default)]),
    ),
    help: defineCommand({
      meta: { name: 'help', description: 'The help of the CLI or of one command, as --help' },
    }),
  },
});

const rootExamples = [
  'smartcities rank --top 5',
  'smartcities city london',
  'smartcities rank --aggregation geometric --format json',
  'smartcities verify --errata',
  'smartcities help rank',
];

/** The help of the CLI or of one command: citty's usage, then examples; coloured only on a terminal. */
export async function helpText(command?: CommandModule): Promise<string> {
  const usage = command ? await renderUsage(command.default, root) : await renderUsage(root);
  const examples = (command?.examples ?? rootExamples).map((e) => `  ${e}`);
  const toTerminal = stdoutIsTTY();
  // the root's usage line lists every command in one word: the COMMANDS list below has them
  const short = usage.replace(/\S*rank\|city\|\S*/, '<command>');
  const shown = colorEnabled({ isTTY: toTerminal }) ? short : stripAnsi(short);
  const width = Math.min(80, terminalWidth(toTerminal));
  const lines = shown
    .trimEnd()
    .split('\n')
    .flatMap((line) => wrapHelpLine(line.trimEnd(), width));
  const wrapped = examples.map((e) => wrapLine(e, width - 2, 4).join(' \\\n'));
  return `${lines.join('\n')}\n\nEXAMPLES\n\n${wrapped.join('\n')}\n`;
}

/**
 * Wraps a help line at spaces: an option or command line continues under its description when
 * that column leaves room, else the description moves below the name, eight spaces in; any
 * other line continues under its own indent.
 */
function wrapHelpLine(line: string, width: number): string[] {
  const parts = /^(\s*\S+(?: \S+)*? {2,})(?=\S)(.*)$/.exec(stripAnsi(line));
  if (!parts) return wrapLine(line, width);
  const column = parts[1]!.length;
  if (column <= width / 2) return wrapLine(line, width, column);
  return [`  ${parts[1]!.trim()}`, ...wrapLine(`        ${parts[2]!}`, width, 8)];
}
