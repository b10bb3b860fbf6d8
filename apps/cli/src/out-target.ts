// Synchronous fs: node:fs is loaded at startup anyway, node:fs/promises would add to it.
import { accessSync, constants, lstatSync, readlinkSync, realpathSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CLIError } from './cli-error.ts';

/** Where `--out` writes: a regular file to replace (keeping its mode) or a new file. */
export interface OutTarget {
  /** The real path written, symbolic links followed. */
  path: string;
  /** The permission bits of the file replaced; undefined for a new file. */
  mode: number | undefined;
}

const maxLinks = 40;

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

function refusal(out: string, what: string): CLIError {
  return new CLIError(
    `--out ${out}: ${what}, not a regular file; nothing was written (--out replaces a regular file or creates a new one)`,
    2,
  );
}

/** The real folder of a path; a missing folder fails naming the flag. */
function realFolder(out: string, path: string): string {
  try {
    return realpathSync(dirname(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const folder = dirname(path);
    const why = code === 'ENOENT' ? `no folder ${folder}` : `cannot reach the folder ${folder}: ${code}`;
    throw new CLIError(`--out ${out}: cannot write the file (${why})`, 2);
  }
}

function lstatOrNone(out: string, path: string): Stats | undefined {
  try {
    return lstatSync(path, { throwIfNoEntry: false });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CLIError(`--out ${out}: cannot write the file (cannot reach ${path}: ${code})`, 2);
  }
}

function checkWritable(out: string, path: string, mode: number): void {
  try {
    accessSync(path, constants.W_OK);
  } catch {
    throw new CLIError(
      `--out ${out}: the file is read-only (mode ${mode.toString(8).padStart(3, '0')}); nothing was written`,
      2,
    );
  }
}

/**
 * Decides where `--out` may write, before anything is written: a regular file (replaced, its
 * mode kept) or nothing yet (a new file); a symbolic link is followed to its target. Anything
 * else (an empty path, a directory, a device such as /dev/null, a FIFO, a socket, a process's
 * file descriptor such as /dev/stdout) fails with exit 2 naming the flag and the path.
 * @example outTarget('results.csv') // { path: '/home/me/results.csv', mode: 0o644 }
 */
export function outTarget(out: string): OutTarget {
  if (out.trim() === '')
    throw new CLIError('--out: expected a file name, got ""; leave out --out to write to standard output', 2);
  if (/[\\/]$/.test(out)) throw refusal(out, 'names a directory');
  let path = resolve(out);
  for (let hops = 0; hops <= maxLinks; hops++) {
    const folder = realFolder(out, path);
    if (/^\/(proc|dev\/fd)(\/|$)/.test(folder)) throw refusal(out, `is a file descriptor (${path})`);
    path = join(folder, basename(path));
    const stat = lstatOrNone(out, path);
    if (!stat) return { path, mode: undefined };
    if (stat.isSymbolicLink()) {
      path = resolve(folder, readlinkSync(path));
      continue;
    }
    if (!stat.isFile()) throw refusal(out, `is ${kindOf(stat)}`);
    const mode = stat.mode & 0o7777;
    checkWritable(out, path, mode);
    return { path, mode };
  }
  throw refusal(out, `has more than ${maxLinks} symbolic links in a row`);
}
