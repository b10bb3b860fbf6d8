import { defineTestConfig } from '@smartcities/vitest-config';

export default defineTestConfig('cli');
