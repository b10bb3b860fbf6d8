import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';
import { contentHash } from './content-hash.ts';
import { hashText } from './hash.ts';

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] })).toBe('{"a":[2,{"c":4,"d":3}],"b":1}');
  });

  it('drops undefined members and writes null, strings and numbers as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: null, c: 'x"y', d: 1.5 })).toBe('{"b":null,"c":"x\\"y","d":1.5}');
    expect(canonicalJson([undefined, 1])).toBe('[null,1]');
  });
});

describe('contentHash', () => {
  it('is the cyrb53 hash of the canonical JSON, whatever the key order', () => {
    expect(contentHash({ a: 1, b: [1, 2] })).toBe(hashText('{"a":1,"b":[1,2]}'));
    expect(contentHash({ b: [1, 2], a: 1 })).toBe(contentHash({ a: 1, b: [1, 2] }));
  });

  it('changes when any value changes', () => {
    expect(contentHash({ a: 1, b: [1, 2] })).not.toBe(contentHash({ a: 1, b: [2, 1] }));
  });
});

describe('hashText', () => {
  it('gives the reference cyrb53 values in base 36', () => {
    expect(hashText('hello')).toBe((4625896200565286).toString(36));
    expect(hashText('a')).toBe((7929297801672961).toString(36));
    expect(hashText('revenge')).toBe((4051478007546757).toString(36));
    expect(hashText('hello', 1)).not.toBe(hashText('hello'));
  });
});
