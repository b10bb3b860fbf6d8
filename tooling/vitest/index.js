import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';

const setup = fileURLToPath(new URL('./setup.ts', import.meta.url));

/**
 * The shared vitest config: quiet tests (any console call fails), a JSON report in `reports/`
 * for `.ci/run` to sum, and the package's own overrides merged on top. Plain JS so that Node 20
 * can load it while Vite bundles a package's config.
 * @param {string} name
 * @param {import('vitest/config').ViteUserConfig} [overrides]
 */
export function defineTestConfig(name, overrides = {}) {
  const base = defineConfig({
    test: {
      name,
      setupFiles: [setup],
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      reporters: ['default', ['json', { outputFile: `../../reports/vitest-${name}.json` }]],
      testTimeout: 60_000,
    },
  });
  return mergeConfig(base, overrides);
}
