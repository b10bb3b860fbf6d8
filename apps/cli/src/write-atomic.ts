// Synchronous fs: node:fs is loaded at startup anyway, node:fs/promises would add to it.
import { chmodSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CLIError } from './cli-error.ts';
import { outTarget } from './out-target.ts';

let counter = 0;

/**
 * Writes `--out` atomically: the content goes to a temporary file in the target's folder, which
 * is then renamed over the target, so readers see the old file or the new one, never a partial
 * one. Only a regular file (its mode kept) or a new file is written; a symbolic link is followed
 * and kept; anything else is refused (see `outTarget`). Nothing is left behind on error.
 */
export async function writeAtomic(file: string, content: string | Uint8Array): Promise<void> {
  const target = outTarget(file);
  const temp = join(
    dirname(target.path),
    `.${basename(target.path)}.${process.pid}-${(counter++).toString(36)}.tmp`,
  );
  let created = false;
  try {
    writeFileSync(temp, content, { flag: 'wx' });
    created = true;
    if (target.mode !== undefined) chmodSync(temp, target.mode);
    renameSync(temp, target.path);
  } catch (error) {
    if (created) rmSync(temp, { force: true });
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new CLIError(`--out ${file}: cannot write the file (${reason}); nothing was written`, 2);
  }
}
