// Starts the built server (dist/server.mjs) as a child on a free loopback port, with an IPC
// channel for memory samples; shared by the fuzz and load scripts.
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../dist/server.mjs', import.meta.url));

/** Starts the server (extra `env` such as API_BUDGET_MS); resolves with { port, child, memory(), cpu(), stop(), stderr() } once it listens. */
export async function startServer({ exposeGc = false, env = {} } = {}) {
  if (!existsSync(entry)) throw new Error('dist/server.mjs is missing: run `pnpm build` in apps/api first');
  const child = fork(entry, [], {
    env: { ...process.env, ...env, PORT: '0' },
    execArgv: exposeGc ? ['--expose-gc'] : [],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start within 15 s')), 15_000);
    child.on('message', (message) => message?.ready && (clearTimeout(timer), resolve(message.ready)));
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}: ${errors}`)));
  });
  const memory = () =>
    new Promise((resolve) => {
      child.once('message', (message) => resolve(message.memory));
      child.send('memory');
    });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 3000).unref();
    });
  /** The server's CPU time so far (user + system), in microseconds. */
  const cpu = () =>
    new Promise((resolve) => {
      child.once('message', (message) => resolve(message.cpu.user + message.cpu.system));
      child.send('cpu');
    });
  return { port, child, memory, cpu, stop, stderr: () => errors };
}
