import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

/** Globals a pure package may not touch: the process, the clock, timers, I/O and the global object. */
export const impureGlobals = [
  'process',
  'Buffer',
  'Date',
  'performance',
  'fetch',
  'globalThis',
  'global',
  'window',
  'self',
  'document',
  'navigator',
  'require',
  '__dirname',
  '__filename',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'clearTimeout',
  'clearInterval',
  'clearImmediate',
  'queueMicrotask',
  'requestAnimationFrame',
  'XMLHttpRequest',
  'WebSocket',
];

const pureMessage = 'pure code is runtime-agnostic: pass time, randomness and I/O in as arguments';

/**
 * Shared lint rules: typescript-eslint's recommended set, plus, with `pure: true`, the rules that keep
 * a package runtime-agnostic in its non-test sources (no Node built-ins, no process, clock, timers,
 * network, global object, console or Math.random). packages/core/src/purity.test.ts proves each fires.
 * @param {{ pure?: boolean | string[] }} [options] `pure`: true for all of src, or the globs of the pure files
 */
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
          files: pure === true ? ['src/**/*.ts'] : pure,
          ignores: ['src/**/*.test.ts', 'src/**/*.bench.ts'],
          rules: {
            'no-console': 'error',
            'no-restricted-globals': [
              'error',
              ...impureGlobals.map((name) => ({ name, message: pureMessage })),
            ],
            'no-restricted-imports': [
              'error',
              {
                paths: builtinModules.map((name) => ({ name, message: pureMessage })),
                patterns: [{ group: ['node:*'], message: pureMessage }],
              },
            ],
            'no-restricted-properties': [
              'error',
              { object: 'Math', property: 'random', message: 'inject a seeded generator' },
            ],
          },
        }
      : {},
  );
}
