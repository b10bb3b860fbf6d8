import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Each forbidden use on its own line, with the rule that must reject it. */
const probes: [string, string][] = [
  ["import { readFileSync } from 'node:fs';", 'no-restricted-imports'],
  ["import path from 'path';", 'no-restricted-imports'],
  ['export const env = process.env.HOME;', 'no-restricted-globals'],
  ["export const bytes = Buffer.from('x');", 'no-restricted-globals'],
  ['export const now = new Date();', 'no-restricted-globals'],
  ['export const stamp = Date.now();', 'no-restricted-globals'],
  ['export const tick = performance.now();', 'no-restricted-globals'],
  ["export const page = fetch('https://example.org');", 'no-restricted-globals'],
  ['export const root = globalThis;', 'no-restricted-globals'],
  ['export const timer = setTimeout(() => 0, 1);', 'no-restricted-globals'],
  ['export const every = setInterval(() => 0, 1);', 'no-restricted-globals'],
  ['clearTimeout(undefined);', 'no-restricted-globals'],
  ['queueMicrotask(() => 0);', 'no-restricted-globals'],
  ['export const dice = Math.random();', 'no-restricted-properties'],
  ["console.log('x');", 'no-console'],
];

const purityRules = new Set(probes.map(([, rule]) => rule));

/** Lints `text` as if it were a source file of core, with core's own ESLint config. */
async function lintAsCoreSource(text: string, file = 'src/probe.ts') {
  const cwd = fileURLToPath(new URL('..', import.meta.url));
  const [result] = await new ESLint({ cwd }).lintText(text, { filePath: `${cwd}${file}` });
  return result?.messages ?? [];
}

// Loading ESLint and typescript-eslint takes seconds, and far longer on a busy shared machine.
describe("core's purity guard (ESLint)", { timeout: 90_000 }, () => {
  it('rejects every forbidden import and global, each on its own line with its own rule', async () => {
    const messages = await lintAsCoreSource(probes.map(([code]) => code).join('\n'));
    const found = probes.map((_, index) =>
      messages
        .filter((message) => message.line === index + 1 && purityRules.has(message.ruleId ?? ''))
        .map((message) => message.ruleId),
    );
    expect(found).toEqual(probes.map(([, rule]) => [rule]));
  });

  it('accepts pure code that takes its time and randomness as arguments', async () => {
    const pure = 'export const later = (now: number, random: () => number): number => now + random();';
    expect(await lintAsCoreSource(pure)).toEqual([]);
  });

  it('leaves tests free to use Node', async () => {
    expect(
      await lintAsCoreSource("import 'node:fs';\nexport const t = Date.now();", 'src/x.test.ts'),
    ).toEqual([]);
  });
});
