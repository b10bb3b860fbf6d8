import type { ViteUserConfig } from 'vitest/config';

/** The shared vitest config, with the package's own overrides merged on top. */
export function defineTestConfig(name: string, overrides?: ViteUserConfig): ViteUserConfig;
