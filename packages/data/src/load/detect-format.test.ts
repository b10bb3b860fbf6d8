import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format.ts';

describe('detectFormat', () => {
  it.each([
    ['units.csv', 'csv'],
    ['Data/iMeta.CSV', 'csv'],
    ['export.txt', 'csv'],
    ['dataset.json', 'json'],
    ['book.XLSX', 'xlsx'],
    ['C:\\data\\book.xlsx', 'xlsx'],
    ['book.xls', 'unknown'],
    ['README', 'unknown'],
    ['archive.csv.gz', 'unknown'],
  ])('detects %s as %s', (name, format) => {
    expect(detectFormat(name)).toBe(format);
  });
});
