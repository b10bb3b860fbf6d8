import { describe, expect, it } from 'vitest';
import { groupOptions } from './groups';
import { inGroup } from './in-group';

describe('groups', () => {
  const rows = [{ city: 'london' }, { city: 'cairo' }, { city: 'dubai' }];
  const groups = { developing: ['cairo', 'dubai'] };

  it.each([
    ['developing', ['cairo', 'dubai']],
    [null, ['london', 'cairo', 'dubai']],
    ['mars', ['london', 'cairo', 'dubai']],
  ] as const)('inGroup(%s)', (group, cities) => {
    expect(inGroup(rows, groups, group, (r) => r.city).map((r) => r.city)).toEqual(cities);
  });

  it('names the groups in both languages', () => {
    expect(groupOptions('en')[1]).toEqual({ id: 'developing', name: 'Developing economies' });
    expect(groupOptions('zh')[2]).toEqual({ id: 'europe', name: '欧洲' });
  });
});
