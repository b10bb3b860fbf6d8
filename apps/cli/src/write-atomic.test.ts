import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIError } from './cli-error.ts';
import { tempFolder } from './testing/run-cli.ts';
import { writeAtomic } from './write-atomic.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempFolder()));
afterAll(() => cleanup());

describe('writeAtomic()', () => {
  it('replaces the file whole and leaves no temporary file', async () => {
    const file = join(dir, 'out.csv');
    await writeFile(file, 'old');
    await writeAtomic(file, 'new content\n');
    expect(await readFile(file, 'utf8')).toBe('new content\n');
    expect(await readdir(dir)).toEqual(['out.csv']);
  });

  it('fails with a CLIError naming --out and the file when the folder is missing', async () => {
    const file = join(dir, 'missing', 'out.csv');
    await expect(writeAtomic(file, 'x')).rejects.toThrow(
      new CLIError(`--out ${file}: cannot write the file (no folder ${join(dir, 'missing')})`),
    );
  });

  it('fails without touching the target when the target is a folder', async () => {
    await expect(writeAtomic(dir, 'x')).rejects.toBeInstanceOf(CLIError);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
