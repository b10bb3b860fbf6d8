import config from '@smartcities/eslint-config';
import svelte from '@smartcities/eslint-config/svelte';
import svelteConfig from './svelte.config.js';

export default [
  ...config(),
  ...svelte(svelteConfig),
  {
    // The explorer is served at the root (no kit.paths.base) and every internal link is built by
    // lib/i18n/href.ts, which keeps the language; resolve() would add nothing here.
    rules: { 'svelte/no-navigation-without-resolve': 'off' },
  },
];
