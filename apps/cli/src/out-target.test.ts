import { execFileSync } from 'node:child_process';
import { chmod, lstat, mkdir, readFile, readdir, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempFolder } from './testing/run-cli.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempFolder()));
afterAll(() => cleanup());

const rank = ['rank', '--top', '2', '--format', 'csv'];
const isRoot = process.getuid?.() === 0;

describe('smartcities --out: only a regular file or a new one', () => {
  it('writes a new file, then replaces it keeping its mode', async () => {
    const file = join(dir, 'ranking.csv');
    expect((await runCli([...rank, '--out', file])).code).toBe(0);
    expect(await readFile(file, 'utf8')).toMatch(/^rank,city,name,score,tier/);
    await chmod(file, 0o640);
    await writeFile(file, 'old');
    expect((await runCli([...rank, '--out', file])).code).toBe(0);
    expect(await readFile(file, 'utf8')).toMatch(/^rank,city/);
    expect((await stat(file)).mode & 0o777).toBe(0o640);
  });

  it('follows a symbolic link: writes its target and keeps the link', async () => {
    const target = join(dir, 'target.csv');
    const link = join(dir, 'link.csv');
    await writeFile(target, 'old');
    await chmod(target, 0o600);
    await symlink('target.csv', link);
    const { code } = await runCli([...rank, '--out', link]);
    expect(code).toBe(0);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe('target.csv');
    expect(await readFile(target, 'utf8')).toMatch(/^rank,city/);
    expect((await stat(target)).mode & 0o777).toBe(0o600);
  });

  it('creates the target of a dangling symbolic link, and refuses a loop of links', async () => {
    const link = join(dir, 'dangling.csv');
    await symlink('created.csv', link);
    expect((await runCli([...rank, '--out', link])).code).toBe(0);
    expect(await readFile(join(dir, 'created.csv'), 'utf8')).toMatch(/^rank,city/);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    await symlink('loop-b', join(dir, 'loop-a'));
    await symlink('loop-a', join(dir, 'loop-b'));
    const loop = await runCli([...rank, '--out', join(dir, 'loop-a')]);
    expect(loop.code).toBe(2);
    expect(loop.stderr).toContain('has more than 40 symbolic links in a row');
  });

  it.runIf(isRoot)('replaces a read-only file keeping its mode when it may (as root)', async () => {
    const file = join(dir, 'read-only.csv');
    await writeFile(file, 'old');
    await chmod(file, 0o444);
    expect((await runCli([...rank, '--out', file])).code).toBe(0);
    expect(await readFile(file, 'utf8')).toMatch(/^rank,city/);
    expect((await stat(file)).mode & 0o777).toBe(0o444);
  });

  it('refuses a read-only file its user may not write (as "nobody" when run as root)', async () => {
    const shared = join(dir, 'shared');
    await chmod(dir, 0o711);
    await mkdir(shared);
    await chmod(shared, 0o777);
    const file = join(shared, 'read-only.csv');
    await writeFile(file, 'old');
    await chmod(file, 0o444);
    const { code, stderr } = await runCli([...rank, '--out', file], isRoot ? { uid: 65534 } : {});
    expect(code).toBe(2);
    expect(stderr).toContain(`--out ${file}: the file is read-only (mode 444); nothing was written`);
    expect(await readFile(file, 'utf8')).toBe('old');
    expect(await readdir(shared)).toEqual(['read-only.csv']);
  });

  it.runIf(isRoot)('names a folder its user cannot reach (as "nobody")', async () => {
    const { dir: closed, cleanup: remove } = await tempFolder();
    const file = join(closed, 'out.csv');
    const { code, stderr } = await runCli([...rank, '--out', file], { uid: 65534 });
    expect([code, stderr]).toEqual([
      2,
      `error: --out ${file}: cannot write the file (cannot reach ${file}: EACCES)\n`,
    ]);
    expect(await readdir(closed)).toEqual([]);
    await remove();
  });

  it('refuses a FIFO without opening it', async () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const { code, stdout, stderr } = await runCli([...rank, '--out', fifo]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain(
      `--out ${fifo}: is a FIFO (named pipe), not a regular file; nothing was written`,
    );
    expect((await lstat(fifo)).isFIFO()).toBe(true);
  });

  it.each([
    ['/dev/null', 'is a character device'],
    ['/dev/full', 'is a character device'],
    ['/dev/stdout', 'is a file descriptor'],
    ['/dev/fd/1', 'is a file descriptor'],
  ])('refuses %s (%s)', async (target, what) => {
    const before = await lstat(target);
    const { code, stdout, stderr } = await runCli([...rank, '--out', target]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain(`--out ${target}: ${what}`);
    expect(stderr).not.toMatch(/\n\s+at /);
    const after = await lstat(target);
    expect([after.isSymbolicLink(), after.isCharacterDevice()]).toEqual([
      before.isSymbolicLink(),
      before.isCharacterDevice(),
    ]);
  });

  it('refuses a directory, a symbolic link to one, and a path ending in a slash', async () => {
    const folder = join(dir, 'folder');
    await mkdir(folder);
    await symlink('folder', join(dir, 'folder-link'));
    for (const target of [folder, join(dir, 'folder-link'), `${join(dir, 'new')}/`]) {
      const { code, stderr } = await runCli([...rank, '--out', target]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/is a directory|names a directory/);
      expect(stderr).toContain(`--out ${target}:`);
    }
    expect(await readdir(folder)).toEqual([]);
  });

  it.each([[['--out', '']], [['--out=']], [['--out']]])('refuses an empty path: %j', async (flag) => {
    const { code, stdout, stderr } = await runCli([...rank, ...flag]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain('--out: expected a file name, got ""');
  });

  it('refuses before a long analysis runs, and leaves no temporary file', async () => {
    const { code } = await runCli([
      'uncertainty',
      '--runs',
      '100000',
      '--weight-noise',
      '0.2',
      '--out',
      '/dev/null',
    ]);
    expect(code).toBe(2);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
