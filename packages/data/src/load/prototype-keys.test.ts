import { describe, expect, it } from 'vitest';
import { loadDataset } from './load-dataset.ts';

const keys = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'];

/** Loads a posted text and says what happened: loaded (with the columns kept) or the problem codes. */
async function outcome(name: string, text: string) {
  const result = await loadDataset({ units: { name, text }, edition: { id: 'posted' } });
  return result.ok
    ? { ok: true, values: result.dataset.values }
    : { ok: false, codes: result.problems.map((p) => p.code) };
}

describe('loadDataset with prototype-named keys in user data', () => {
  it.each(keys)('JSON: a column "%s" on one row only is ordinary data', async (key) => {
    const text = `{"units":[{"id":"a","name":"A","${key}":1,"x":2},{"id":"b","name":"B","x":3}]}`;
    const result = await outcome('body.json', text);
    expect(result).toMatchObject({ ok: true });
    expect(Object.keys(result.values!.a!)).toContain(key);
    expect(result.values!.b![key]).toBeNull();
  });

  it.each(keys)('JSON: "%s" as a key of the values map is data or a problem, never a crash', async (key) => {
    const text = `{"units":[{"id":"a","name":"A","x":2},{"id":"b","name":"B","x":3}],"values":{"${key}":{"x":1},"a":{"${key}":5}}}`;
    const result = await outcome('body.json', text);
    expect(result.ok).toBe(false);
    expect(result.codes).toContain('unknown-unit');
  });

  it.each(keys)('JSON: a unit whose id is "%s" is an ordinary unit', async (key) => {
    const result = await outcome(
      'body.json',
      `{"units":[{"id":"${key}","name":"A","x":2},{"id":"b","name":"B","x":3}]}`,
    );
    expect(result).toMatchObject({ ok: true });
    expect(result.values![key]).toEqual({ x: 2 });
  });

  it.each(keys)('CSV: a header "%s" is an ordinary indicator column', async (key) => {
    const result = await outcome('body.csv', `id,name,${key},x\na,A,1,2\nb,B,,3\n`);
    expect(result).toMatchObject({ ok: true });
    expect(result.values!.a![key]).toBe(1);
    expect(result.values!.b![key]).toBeNull();
  });
});
