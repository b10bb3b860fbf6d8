import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Newest modification time of any file under a folder. */
function newest(folder: string): number {
  return Math.max(
    ...readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && !e.name.endsWith('.test.ts'))
      .map((e) => statSync(join(e.parentPath, e.name)).mtimeMs),
  );
}

/** The path of the edge build, refusing a missing or stale one (turbo's `test` builds first; by hand, run `pnpm build`). */
export function workerBundle(): string {
  const path = join(root, 'dist/worker.mjs');
  let built = 0;
  try {
    built = statSync(path).mtimeMs;
  } catch {
    throw new Error('dist/worker.mjs is missing: run `pnpm build` in apps/api first');
  }
  if (built < newest(join(root, 'src')))
    throw new Error('dist/worker.mjs is older than src/: run `pnpm build` in apps/api first');
  return path;
}
