import { fstatSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Tty from 'node:tty';

/**
 * Whether standard output is a terminal, asked of the file descriptor itself: touching
 * `process.stdout` makes Node load its whole stream stack, and `node:tty` loads `node:net`, each a
 * tenth of the CLI's start-up time. Files, pipes and /dev/null are answered from `fstat`; only a
 * character device other than /dev/null is asked of `node:tty`, loaded only then (through
 * `createRequire`, which every Node 20 has; `process.getBuiltinModule` needs 20.16).
 */
export function stdoutIsTTY(): boolean {
  const stat = fstatSync(1);
  if (!stat.isCharacterDevice() || stat.rdev === statSync('/dev/null', { throwIfNoEntry: false })?.rdev)
    return false;
  const tty = createRequire(import.meta.url)('node:tty') as typeof Tty;
  return tty.isatty(1);
}

/**
 * Writes text or bytes to standard output synchronously through the file descriptor, retrying while a
 * non-blocking pipe is full; a reader that has gone away (EPIPE, as in `| head`) ends the
 * process quietly with status 0.
 */
export function writeStdout(content: string | Uint8Array): void {
  let bytes =
    typeof content === 'string'
      ? Buffer.from(content, 'utf8')
      : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  while (bytes.length > 0) {
    try {
      bytes = bytes.subarray(writeSync(1, bytes));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') process.exit(0);
      if (code !== 'EAGAIN') throw error;
    }
  }
}
