import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundle } from './load-bundle.ts';
import { tempFolder } from './testing/run-cli.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempFolder()));
afterAll(() => cleanup());

const bundle = `
const { basename } = require('node:path');
exports.name = basename(__filename);
exports.twice = (x) => 2 * x;
exports.load = () => __importExternal('node:os').then((os) => typeof os.cpus);
`;

describe('loadBundle()', () => {
  it('runs a CommonJS bundle with require, __filename and the external-import hook', async () => {
    const file = join(dir, 'a.cjs');
    await writeFile(file, bundle);
    const loaded = loadBundle<{ name: string; twice(x: number): number; load(): Promise<string> }>(
      file,
      (id) => import(id),
    );
    expect(loaded.exports.name).toBe('a.cjs');
    expect(loaded.exports.twice(21)).toBe(42);
    expect(await loaded.exports.load()).toBe('function');
    expect(loaded.cached).toBe(false);
  });

  it('saves a code cache that V8 accepts on the next load, and ignores a stale one', async () => {
    const file = join(dir, 'b.cjs');
    await writeFile(file, bundle);
    loadBundle(file, (id) => import(id)).saveCache();
    expect((await readFile(`${file}.cache`)).length).toBeGreaterThan(0);
    expect(loadBundle(file, (id) => import(id)).cached).toBe(true);
    await writeFile(file, `${bundle}\nexports.changed = true;\n`);
    const stale = loadBundle<{ changed: boolean }>(file, (id) => import(id));
    expect([stale.cached, stale.exports.changed]).toEqual([false, true]);
  });
});
