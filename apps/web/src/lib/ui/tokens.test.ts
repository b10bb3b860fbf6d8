import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast, themeTokens } from './contrast';

const tokens = themeTokens(readFileSync(new URL('./tokens.css', import.meta.url), 'utf8'));

/** Text (or mark) on background, and the least WCAG ratio it needs. */
const pairs: [string, string, number][] = [
  ['fg', 'bg', 7],
  ['fg', 'panel', 7],
  ['muted', 'bg', 4.5],
  ['muted', 'panel', 4.5],
  ['muted', 'band', 4.5],
  ['link', 'bg', 4.5],
  ['link', 'panel', 4.5],
  ['link', 'band', 4.5],
  ['up', 'bg', 4.5],
  ['down', 'bg', 4.5],
  ['warn', 'panel', 4.5],
  ['leading', 'bg', 4.5],
  ['advanced', 'bg', 4.5],
  ['following', 'bg', 4.5],
  ['leading', 'band', 4.5],
  ['advanced', 'band', 4.5],
  ['following', 'band', 4.5],
  ['focus', 'bg', 3],
  ['focus', 'panel', 3],
];

describe.each(['light', 'dark'] as const)('the %s theme', (theme) => {
  it.each(pairs)('--%s on --%s reaches %d:1', (text, background, least) => {
    const [a, b] = [tokens[theme][text], tokens[theme][background]];
    expect(a, `--${text}`).toBeDefined();
    expect(b, `--${background}`).toBeDefined();
    expect(contrast(a!, b!)).toBeGreaterThanOrEqual(least);
  });
});
