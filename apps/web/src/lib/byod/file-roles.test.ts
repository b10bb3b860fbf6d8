import { describe, expect, it } from 'vitest';
import { fileRoles, type NamedSource } from './file-roles';

const file = (name: string): NamedSource => ({ name, bytes: new Uint8Array() });

describe('fileRoles()', () => {
  it('reads one file as the units table or whole workbook', () => {
    expect(fileRoles([file('cities.xlsx')])).toEqual({ layout: 'ours', units: file('cities.xlsx') });
  });

  it('finds the framework file among two, in any order', () => {
    expect(fileRoles([file('Framework.csv'), file('units.csv')])).toEqual({
      layout: 'ours',
      units: file('units.csv'),
      framework: file('Framework.csv'),
    });
  });

  it('recognises COINr iData and iMeta', () => {
    expect(fileRoles([file('iMeta.csv'), file('iData.csv')])).toEqual({
      layout: 'coinr',
      iData: file('iData.csv'),
      iMeta: file('iMeta.csv'),
    });
  });

  it('explains what it cannot place', () => {
    expect(fileRoles([])).toEqual({ layout: 'none', message: 'choose a file to score' });
    expect(fileRoles([file('a.csv'), file('b.csv')]).layout).toBe('none');
    expect(fileRoles([file('a.csv'), file('b.csv'), file('c.csv')])).toEqual({
      layout: 'none',
      message: 'choose one or two files, not 3',
    });
  });
});
