import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig, type ViteUserConfig } from 'vitest/config';

const setup = fileURLToPath(new URL('./setup.ts', import.meta.url));

/**
 * The shared vitest config: quiet tests (any console call fails), a JSON report in `reports/`
 * for `.ci/run` to sum, and the package's own overrides merged on top.
 */
export function defineTestConfig(name: string, overrides: ViteUserConfig = {}): ViteUserConfig {
  const base = defineConfig({
    test: {
      name,
      setupFiles: [setup],
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      reporters: ['default', ['json', { outputFile: `../../reports/vitest-${name}.json` }]],
      testTimeout: 20_000,
    },
  });
  return mergeConfig(base, overrides);
}
