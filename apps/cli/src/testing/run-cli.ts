import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bundled CLI, as users run it. */
export const cliPath = fileURLToPath(new URL('../../dist/main.cjs', import.meta.url));

/** What a CLI run produced. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI in a child process (`node dist/main.cjs …`), with colour variables cleared
 * unless given and tables as wide as they come (`COLUMNS=1000` unless given; `COLUMNS: ''` means
 * unset), optionally as another user (`uid`, which needs root), and resolves with its exit code
 * and output; never rejects on a non-zero exit.
 */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string>; uid?: number } = {},
): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, COLUMNS: '1000', ...options.env };
  for (const name of ['FORCE_COLOR', 'NO_COLOR']) if (!options.env?.[name]) delete env[name];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cliPath, ...args],
      {
        cwd: options.cwd,
        env,
        maxBuffer: 64 * 1024 * 1024,
        ...(options.uid !== undefined && { uid: options.uid, gid: options.uid }),
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A fresh temporary folder and a function that removes it. */
export async function tempFolder(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'smartcities-cli-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
