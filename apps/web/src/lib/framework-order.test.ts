import { describe, expect, it } from 'vitest';
import { frameworkOrder } from './framework-order';

describe('frameworkOrder()', () => {
  it('puts each pillar in the given order, followed by its indicators', () => {
    const nodes = [
      { id: 'index', parent: null },
      { id: 'economy', parent: 'index' },
      { id: 'infrastructure', parent: 'index' },
      { id: 'mobile-phone', parent: 'infrastructure' },
      { id: 'software-development', parent: 'economy' },
      { id: 'data-center', parent: 'infrastructure' },
    ];
    expect(frameworkOrder(nodes, 'index', ['infrastructure', 'economy']).map((n) => n.id)).toEqual([
      'infrastructure',
      'mobile-phone',
      'data-center',
      'economy',
      'software-development',
    ]);
  });
});
