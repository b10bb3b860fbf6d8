import tseslint from 'typescript-eslint';

/** Shared lint rules: typescript-eslint's recommended set plus the house rules that keep core pure. */
export default function config({ pure = false } = {}) {
  return tseslint.config(
    { ignores: ['dist/**', 'build/**', '.svelte-kit/**', 'node_modules/**'] },
    ...tseslint.configs.recommended,
    {
      rules: {
        '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
        'no-restricted-syntax': [
          'error',
          { selector: 'TSEnumDeclaration', message: 'use a string-literal union, not an enum' },
        ],
      },
    },
    pure
      ? {
          files: ['src/**/*.ts'],
          ignores: ['src/**/*.test.ts', 'src/**/*.bench.ts'],
          rules: {
            'no-console': 'error',
            'no-restricted-imports': [
              'error',
              { patterns: [{ group: ['node:*'], message: 'core is runtime-agnostic' }] },
            ],
            'no-restricted-properties': [
              'error',
              { object: 'Math', property: 'random', message: 'inject a seeded generator' },
              { object: 'Date', property: 'now', message: 'core has no clock' },
            ],
          },
        }
      : {},
  );
}
