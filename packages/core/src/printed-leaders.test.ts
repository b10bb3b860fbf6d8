import { edition2020 } from '@smartcities/data';
import { describe, expect, it } from 'vitest';
import { printedLeaders } from './printed-leaders.ts';
import { printedOption } from './printed-option.ts';
import { score } from './score.ts';

describe('printedLeaders()', () => {
  it("gives each pillar's best printed score: New York's printed 89.6 leads the economy, not its recomputed 89.7", () => {
    const result = score(edition2020.dataset);
    const leaders = printedLeaders(printedOption(result, edition2020).published!);
    expect(leaders).toEqual({
      infrastructure: 96.5,
      economy: 89.6,
      service: 96.3,
      governance: 74.3,
      innovation: 89.4,
    });
    const economy = result.scores.economy!;
    expect(Math.max(...economy)).toBeCloseTo(89.65, 2);
  });
});
