import type { Dataset } from '@smartcities/data/schema';
import { columnLines, loadCoinr, loadDataset, type LoadResult } from '@smartcities/data/load';
import { CLIError } from './cli-error.ts';
import { readInput } from './flags/read-input.ts';
import { problemLine } from './views/problem-line.ts';

/** The data flags of `score`: our layout (`--data`, `--framework`) or COINr's (`--idata`, `--imeta`, `--time`). */
export interface DataFlags {
  data?: string | undefined;
  framework?: string | undefined;
  idata?: string | undefined;
  imeta?: string | undefined;
  time?: string | undefined;
}

function checkCombination(flags: DataFlags): 'ours' | 'coinr' {
  const ours = flags.data !== undefined;
  const coinr = flags.idata !== undefined || flags.imeta !== undefined;
  if (ours === coinr)
    throw new CLIError(
      'score: give --data FILE [--framework FILE] (our layout) or --idata FILE --imeta FILE (COINr), not both or neither',
      2,
    );
  if (coinr && (flags.idata === undefined || flags.imeta === undefined))
    throw new CLIError(
      `score: ${flags.idata === undefined ? '--idata' : '--imeta'} FILE is missing; COINr data needs both --idata and --imeta`,
      2,
    );
  if (ours && flags.time !== undefined)
    throw new CLIError('--time: only COINr data (--idata) has time points', 2);
  if (coinr && flags.framework !== undefined)
    throw new CLIError('--framework: COINr data takes its framework from --imeta', 2);
  return ours ? 'ours' : 'coinr';
}

async function load(flags: DataFlags): Promise<LoadResult> {
  if (checkCombination(flags) === 'ours') {
    const framework =
      flags.framework === undefined ? undefined : await readInput('--framework', flags.framework);
    return loadDataset({ units: await readInput('--data', flags.data!), ...(framework && { framework }) });
  }
  const [iData, iMeta] = await Promise.all([
    readInput('--idata', flags.idata!),
    readInput('--imeta', flags.imeta!),
  ]);
  return loadCoinr({ iData, iMeta, ...(flags.time !== undefined && { time: flags.time }) });
}

/** A loaded dataset, the loader's warnings and its column report (one line each, to show on stderr). */
export interface UserData {
  dataset: Dataset;
  warnings: string[];
  /** Which columns were scored as indicators, and each column set aside with why. */
  columns: string[];
}

/**
 * Loads a user's dataset with data's loaders; every problem fails the command at once, each as
 * `file:row:column: message`. Warnings (assumptions made) and the column report are returned for
 * the caller to show.
 */
export async function loadUserData(flags: DataFlags): Promise<UserData> {
  const loaded = await load(flags);
  if (!loaded.ok) {
    const count = loaded.problems.length;
    throw new CLIError(
      `score: the data has ${count} problem${count === 1 ? '' : 's'}; nothing was written\n${loaded.problems.map(problemLine).join('\n')}`,
      2,
    );
  }
  return {
    dataset: loaded.dataset,
    warnings: loaded.warnings.map(problemLine),
    columns: columnLines(loaded.columns),
  };
}

/** `--edition`: the built-in edition instead of a file. */
export const editionArg = {
  edition: {
    type: 'string',
    valueHint: '2020',
    description: 'Use the built-in edition (2020) instead of a file',
  },
} as const;

/**
 * The dataset a command works on: the built-in edition with `--edition 2020` (or, when
 * `editionByDefault`, without any data flag), else the user's files through `loadUserData`.
 */
export async function loadDataOrEdition(
  flags: DataFlags & { edition?: string | undefined },
  editionByDefault: boolean,
): Promise<UserData> {
  const given = [flags.data, flags.framework, flags.idata, flags.imeta, flags.time].some(
    (f) => f !== undefined,
  );
  if (flags.edition !== undefined && flags.edition !== '2020')
    throw new CLIError(`--edition: the only built-in edition is 2020, got "${flags.edition}"`, 2);
  if (flags.edition !== undefined && given)
    throw new CLIError('--edition: give the built-in edition or data files, not both', 2);
  if (flags.edition !== undefined || (editionByDefault && !given)) {
    const { dataset2020 } = await import('@smartcities/data/editions/2020');
    return { dataset: dataset2020, warnings: [], columns: [] };
  }
  return loadUserData(flags);
}
