// After `tsdown`: runs `smartcities rank` once so that the loader saves V8's code cache of
// dist/cli.cjs (dist/cli.cjs.cache), compiled functions included. A failure here fails the build.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../dist/main.cjs', import.meta.url));
const { status } = spawnSync(process.execPath, [main, 'rank'], {
  env: { ...process.env, SMARTCITIES_CODE_CACHE: 'write' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
process.exit(status ?? 1);
