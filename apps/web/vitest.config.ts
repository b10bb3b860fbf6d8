import { defineTestConfig } from '@smartcities/vitest-config';

export default defineTestConfig('web', { test: { include: ['src/**/*.test.ts'] } });
