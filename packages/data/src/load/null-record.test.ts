import { describe, expect, it } from 'vitest';
import { nullRecord } from './null-record.ts';

describe('nullRecord', () => {
  it.each(['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'])(
    'keeps "%s" as an ordinary key and inherits nothing',
    (key) => {
      const given = nullRecord([[key, 'x']]);
      expect(given[key]).toBe('x');
      expect(Object.keys(given)).toEqual([key]);
      expect(nullRecord<string>([])[key]).toBeUndefined();
    },
  );
});
