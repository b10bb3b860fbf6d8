import { defineConfig, type UserConfig } from 'tsdown';

/**
 * The CLI's dynamic imports of packages (exceljs, picocolors) become calls to the loader's
 * `__importExternal`, because code run by `vm.Script` cannot use `import()` on Node 20.
 */
const externalImports = {
  name: 'smartcities:external-imports',
  transform(code: string, id: string) {
    if (id.includes('node_modules')) return null;
    const rewritten = code.replace(
      /\bimport\(\s*(['"`])((?!@smartcities\/)[^'"`./][^'"`]*)\1\s*\)/g,
      '__importExternal($1$2$1)',
    );
    return rewritten === code ? null : { code: rewritten };
  },
};

const common: UserConfig = {
  platform: 'node',
  target: 'node20',
  outDir: 'dist',
  clean: true,
  dts: false,
  fixedExtension: true,
  // A minified bundle compiles faster; --debug stack traces still name the functions.
  minify: { compress: true, mangle: false, codegen: true },
  // citty is bundled too: resolving packages from node_modules at run time costs startup time.
  deps: { alwaysBundle: [/^@smartcities\//, 'citty'], onlyBundle: false },
};

export default defineConfig([
  // The bin: a small CommonJS file that runs the CLI bundle with V8's code cache.
  { ...common, entry: { main: 'src/main.ts' }, format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  // The CLI in one CommonJS file; sub-commands inside are still evaluated lazily.
  {
    ...common,
    entry: { cli: 'src/cli.ts' },
    format: 'cjs',
    outputOptions: { codeSplitting: false },
    plugins: [externalImports],
  },
]);
