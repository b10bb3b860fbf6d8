import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'tsdown';

/** The API reads JSON and CSV bodies only: exceljs (the loader's XLSX reader) is replaced by a stub. */
const shared: UserConfig = {
  format: 'esm',
  outDir: 'dist',
  clean: false,
  alias: { exceljs: fileURLToPath(new URL('./src/xlsx-stub.ts', import.meta.url)) },
  outputOptions: { codeSplitting: false },
};

/** The Node server and its worker thread (the edge bundle is wrangler's: `pnpm deploy:dry`). */
export default defineConfig([
  {
    ...shared,
    entry: { server: 'src/server.ts' },
    platform: 'node',
    deps: { alwaysBundle: [/^@smartcities\//], onlyBundle: false },
  },
  {
    ...shared,
    entry: { 'pool-worker': 'src/node/pool-worker.ts' },
    platform: 'node',
    deps: { alwaysBundle: [/^@smartcities\//], onlyBundle: false },
  },
]);
