import { describe, expect, it } from 'vitest';
import { claimNames } from './claim-names.ts';

describe('claimNames()', () => {
  it.each([
    ['en', 'London', 'Smart infrastructure', 'Developing economies', 'Leading'],
    ['zh', '伦敦', '智慧基础设施', '发展中经济体', '引领型'],
  ] as const)('names cities, nodes, groups and tiers in %s', (lang, city, node, group, tier) => {
    const names = claimNames(lang);
    expect([
      names.city.london,
      names.node.infrastructure,
      names.group.developing,
      names.tier.leading,
    ]).toEqual([city, node, group, tier]);
    expect(Object.keys(names.node)).toHaveLength(27);
  });
});
