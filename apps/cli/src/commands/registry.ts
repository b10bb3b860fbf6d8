import type { CommandDef } from 'citty';

/** What a command module exports: the citty command, examples for `--help`, and whether it takes a list. */
export interface CommandModule {
  // Each command has its own args type; the registry only runs them, so it erases that type.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  default: CommandDef<any>;
  examples: readonly string[];
  variadic?: boolean;
}

/** Every sub-command, imported only when it runs (or when the overall help lists them). */
export const commands: Record<string, () => Promise<CommandModule>> = {
  rank: () => import('./rank.ts'),
  city: () => import('./city.ts'),
  compare: () => import('./compare.ts'),
  framework: () => import('./framework.ts'),
  indicator: () => import('./indicator.ts'),
  claims: () => import('./claims.ts'),
  reputation: () => import('./reputation.ts'),
  verify: () => import('./verify.ts'),
  uncertainty: () => import('./uncertainty.ts'),
  sensitivity: () => import('./sensitivity.ts'),
  'what-it-takes': () => import('./what-it-takes.ts'),
  score: () => import('./score.ts'),
  export: () => import('./export.ts'),
  explain: () => import('./explain.ts'),
  diff: () => import('./diff.ts'),
  cite: () => import('./cite.ts'),
  audit: () => import('./audit.ts'),
};
