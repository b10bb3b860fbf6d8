import { defineConfig } from 'vitest/config';

// Node 20 cannot import the shared `@smartcities/vitest-config` (a .ts file) while Vite bundles this
// config, so the same settings are spelled out here; the shared quiet-test setup is still used.
export default defineConfig({
  test: {
    name: 'data',
    setupFiles: ['@smartcities/vitest-config/setup'],
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: '../../reports/vitest-data.json' }]],
    testTimeout: 20_000,
  },
});
