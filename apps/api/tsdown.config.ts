import { defineConfig } from 'tsdown';

/** The Node server, and an edge build of the app module (proof that it has no Node-only imports). */
export default defineConfig([
  {
    entry: { server: 'src/server.ts' },
    platform: 'node',
    format: 'esm',
    outDir: 'dist',
    clean: false,
    deps: { alwaysBundle: [/^@smartcities\//], onlyBundle: false },
  },
  {
    entry: { worker: 'src/app.ts' },
    platform: 'browser',
    format: 'esm',
    outDir: 'dist',
    clean: false,
    outExtensions: () => ({ js: '.mjs' }),
    deps: { alwaysBundle: [/^@smartcities\//, /./], onlyBundle: false },
  },
]);
