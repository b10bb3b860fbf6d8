import { loadBundle } from './load-bundle.ts';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// The CLI itself is dist/cli.cjs, run with V8's code cache for a fast start (see load-bundle.ts).
const cli = loadBundle<typeof import('./cli.ts')>(new URL('./cli.cjs', import.meta.url), (id) => import(id));
process.exitCode = await cli.exports.run(process.argv.slice(2));
if (process.env.SMARTCITIES_CODE_CACHE === 'write') cli.saveCache();
