import { join } from 'node:path';
import { loadBundle } from './load-bundle.ts';

// The CLI itself is dist/cli.cjs, run with V8's code cache for a fast start (see load-bundle.ts).
// The bin is CommonJS: Node's ES module loader alone (and its facades of node: modules) would
// cost about a third of the start-up time.
const cli = loadBundle<typeof import('./cli.ts')>(join(__dirname, 'cli.cjs'), (id) => import(id));
void cli.exports.run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  if (process.env.SMARTCITIES_CODE_CACHE === 'write') cli.saveCache();
});
