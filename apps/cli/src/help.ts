import { stdoutIsTTY } from './output/stdout.ts';
import { defineCommand, renderUsage } from 'citty';
import pkg from '../package.json' with { type: 'json' };
import { commands, type CommandModule } from './commands/registry.ts';
import { colorEnabled, stripAnsi } from './output/colors.ts';

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
  const examples = (command?.examples ?? rootExamples).map((e) => `  ${e}`).join('\n');
  const text = `${usage.trimEnd()}\n\nEXAMPLES\n\n${examples}\n`;
  const shown = colorEnabled({ isTTY: stdoutIsTTY() }) ? text : stripAnsi(text);
  return shown
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
}
