import { describe, expect, it } from 'vitest';
import { frameworkPaths, frameworkTreeHeight } from './framework-tree';

const pillars = [
  {
    id: 'economy',
    name: 'Smart economy',
    nameZh: '智慧经济',
    effectiveWeight: 0.2,
    indicators: [
      { id: 'a', name: 'Online | offline', nameZh: '线上', effectiveWeight: 0.125 },
      { id: 'b', name: 'Open data', nameZh: '开放数据', effectiveWeight: 0.075 },
    ],
  },
];

describe('frameworkPaths()', () => {
  it.each([
    [
      'en' as const,
      [
        'Index',
        'Index|Smart economy 20.0%',
        'Index|Smart economy 20.0%|Online / offline 12.5%',
        'Index|Smart economy 20.0%|Open data 7.5%',
      ],
    ],
    [
      'zh' as const,
      [
        '总指数',
        '总指数|智慧经济 20.0%',
        '总指数|智慧经济 20.0%|线上 12.5%',
        '总指数|智慧经济 20.0%|开放数据 7.5%',
      ],
    ],
  ])('labels every node with its weight in %s, the separator kept out of names', (lang, expected) => {
    expect(frameworkPaths(pillars, lang).map((p) => p.path)).toEqual(expected);
  });

  it('gives the tree a line per indicator', () => {
    expect(frameworkTreeHeight(frameworkPaths(pillars, 'en'))).toBe(24 + 2 * 20);
  });
});
