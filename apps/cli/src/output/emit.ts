import { stdoutIsTTY, writeStdout } from './stdout.ts';
import { unknownName } from '@smartcities/core/engine';
import { CLIError } from '../cli-error.ts';
import { colorEnabled, painter } from './colors.ts';
import { renderCsv } from './csv.ts';
import { renderJson } from './json.ts';
import { renderTable } from './table.ts';
import { terminalWidth } from './terminal-width.ts';
import type { View } from './view.ts';

/** The output formats every command offers. */
export const formats = ['table', 'json', 'csv'] as const;

/** An output format. */
export type Format = (typeof formats)[number];

/** Reads `--format`, failing with a did-you-mean for an unknown name. */
export function formatFlag<F extends string = Format>(
  value: string | undefined,
  allowed: readonly F[] = formats as unknown as F[],
  fallback: F = allowed[0]!,
): F {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as F;
  throw new CLIError(`--format: ${unknownName('format', value, allowed)}`, 2);
}

/**
 * Renders a view in the chosen format and writes it to standard output or, with `--out`,
 * atomically to a file (never coloured). Tables fit the terminal's width (see `terminalWidth`).
 */
export async function emit(view: View, options: { format: Format; out?: string | undefined }): Promise<void> {
  const toTerminal = options.out === undefined && stdoutIsTTY();
  const colour = options.out === undefined && colorEnabled({ isTTY: toTerminal });
  const text =
    options.format === 'json'
      ? renderJson(view.json)
      : options.format === 'csv'
        ? renderCsv(view)
        : renderTable(view, await painter(colour), terminalWidth(toTerminal));
  await writeOutput(text, options.out);
}

/** Writes finished output to a file (atomically; `--out ""` is refused) or to standard output. */
export async function writeOutput(content: string | Uint8Array, out: string | undefined): Promise<void> {
  if (out !== undefined) return (await import('../write-atomic.ts')).writeAtomic(out, content);
  writeStdout(content);
}
