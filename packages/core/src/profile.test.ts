import { describe, expect, it } from 'vitest';
import { profile } from './profile.ts';
import { score } from './score.ts';
import { smallDataset } from './testing/hand-datasets.ts';

describe('profile()', () => {
  const result = score(smallDataset);

  it('gives scores and ranks at every level against the median and the leader', () => {
    const amber = profile(result, smallDataset, 'amber')!;
    expect(amber).toMatchObject({ city: 'amber', name: 'Amber', rank: 2, tier: expect.any(String) });
    const pillarA = amber.nodes.find((n) => n.id === 'a')!;
    expect(pillarA).toMatchObject({ score: 70, rank: 1, median: 70, leader: 70, vsMedian: 0 });
    const x1 = amber.nodes.find((n) => n.id === 'x1')!;
    expect(x1).toMatchObject({ value: 80, score: 80, rank: 1, median: 40, leader: 80, vsMedian: 40 });
  });

  it('lists the best-ranked indicators as strengths and the worst as weaknesses', () => {
    const basil = profile(result, smallDataset, 'basil', 1)!;
    expect(basil.strengths.map((n) => n.id)).toEqual(['x2']); // rank 1 at 100 beats y1 rank 1 at 70
    expect(basil.weaknesses.map((n) => n.id)).toEqual(['x1']);
  });

  it('is undefined for an unknown city', () => {
    expect(profile(result, smallDataset, 'nowhere')).toBeUndefined();
  });
});
