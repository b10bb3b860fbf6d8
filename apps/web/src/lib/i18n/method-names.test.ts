import { aggregationMethods, normalisationMethods } from '@smartcities/core';
import { describe, expect, it } from 'vitest';
import { methodName } from './method-names';

describe('methodName()', () => {
  it.each([
    ['aggregation', 'geometric', 'en', 'Geometric mean'],
    ['aggregation', 'geometric', 'zh', '几何平均'],
    ['normalisation', 'min-max', 'en', 'Min–max (0 to 100)'],
  ] as const)('names %s method %s in %s as %s', (kind, method, lang, name) => {
    expect(methodName(kind, method, lang)).toBe(name);
  });

  it.each(['en', 'zh'] as const)('names every method of the engine in words in %s', (lang) => {
    for (const m of normalisationMethods) expect(methodName('normalisation', m, lang)).not.toBe(m);
    for (const m of aggregationMethods) expect(methodName('aggregation', m, lang)).not.toBe(m);
  });
});
