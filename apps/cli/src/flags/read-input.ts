import { readFileSync } from 'node:fs';
import type { LoadSource } from '@smartcities/data/load';
import { CLIError } from '../cli-error.ts';

/** Reads a user's data file as bytes for the loaders, named as given; a missing file fails naming the flag. */
export async function readInput(flag: string, file: string): Promise<LoadSource> {
  try {
    return { name: file, bytes: new Uint8Array(readFileSync(file)) };
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'no such file'
        : `cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
    throw new CLIError(`${flag} ${file}: ${reason}`, 2);
  }
}
