// Synchronous fs: node:fs is loaded at startup anyway, node:fs/promises would add to it.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CLIError } from './cli-error.ts';

let counter = 0;

/**
 * Writes a file atomically: the content goes to a temporary file in the same folder, which is
 * then renamed over the target, so readers see the old file or the new one, never a partial one.
 * Nothing is left behind on error.
 */
export async function writeAtomic(file: string, content: string | Uint8Array): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}-${(counter++).toString(36)}.tmp`);
  try {
    writeFileSync(temp, content);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new CLIError(`--out ${file}: cannot write the file (${reason})`, 2);
  }
}
