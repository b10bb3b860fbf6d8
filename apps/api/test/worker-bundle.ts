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

/** The path of a built file, refusing a missing or stale one (turbo's `test` builds first; by hand, run `pnpm build`). */
export function builtFile(file: string): string {
  const path = join(root, file);
  let built = 0;
  try {
    built = statSync(path).mtimeMs;
  } catch {
    throw new Error(`${file} is missing: run \`pnpm build\` in apps/api first`);
  }
  if (built < newest(join(root, 'src')))
    throw new Error(`${file} is older than src/: run \`pnpm build\` in apps/api first`);
  return path;
}

/** The path of the Workers bundle that `wrangler deploy --dry-run` wrote, refusing a missing or stale one. */
export const workerBundle = (): string => builtFile('dist/wrangler/worker.js');
