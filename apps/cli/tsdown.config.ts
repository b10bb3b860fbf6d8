import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/main.ts'],
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outDir: 'dist',
  clean: true,
  dts: false,
  fixedExtension: true,
  // A minified bundle compiles faster at startup; --debug stack traces still name the functions.
  minify: { compress: true, mangle: false, codegen: true },
  banner: { js: '#!/usr/bin/env node' },
  // citty is bundled too: resolving packages from node_modules at run time costs startup time.
  deps: { alwaysBundle: [/^@smartcities\//, 'citty'], onlyBundle: false },
});
