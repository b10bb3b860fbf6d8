import svelte from 'eslint-plugin-svelte';
import tseslint from 'typescript-eslint';

/** Lint rules for Svelte components: eslint-plugin-svelte's recommended set, with TypeScript in `<script lang="ts">`. */
export default function svelteConfig(svelteConfigObject) {
  return [
    ...svelte.configs.recommended,
    {
      files: ['**/*.svelte', '**/*.svelte.ts'],
      languageOptions: {
        parserOptions: {
          parser: tseslint.parser,
          extraFileExtensions: ['.svelte'],
          svelteConfig: svelteConfigObject,
        },
      },
    },
  ];
}
