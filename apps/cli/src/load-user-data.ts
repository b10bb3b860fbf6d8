import type { Dataset } from '@smartcities/data/schema';
import { loadCoinr, loadDataset, type LoadResult } from '@smartcities/data/load';
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

/**
 * Loads a user's dataset with data's loaders; every problem fails the command at once, each as
 * `file:row:column: message`. Warnings (assumptions made) are returned for the caller to show.
 */
export async function loadUserData(flags: DataFlags): Promise<{ dataset: Dataset; warnings: string[] }> {
  const loaded = await load(flags);
  if (!loaded.ok) {
    const count = loaded.problems.length;
    throw new CLIError(
      `score: the data has ${count} problem${count === 1 ? '' : 's'}; nothing was written\n${loaded.problems.map(problemLine).join('\n')}`,
      2,
    );
  }
  return { dataset: loaded.dataset, warnings: loaded.warnings.map(problemLine) };
}
