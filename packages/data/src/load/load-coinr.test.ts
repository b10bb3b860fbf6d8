import { describe, expect, it } from 'vitest';
import { csv, fixture, placesOf, problemsOf } from '../../test/fixtures.ts';
import { loadCoinr } from './load-coinr.ts';

const iMeta = fixture('coinr/iMeta.csv');
const iData = fixture('coinr/iData.csv');
const metaHeader = 'iCode,iName,Level,Parent,Direction,Weight,Type';
const smallMeta = (...rows: string[]) => csv('iMeta.csv', metaHeader, ...rows);
const threeLevels = [
  'a,A,1,P,1,1,Indicator',
  'b,B,1,P,-1,1,Indicator',
  'P,Pillar,2,Index,NA,1,Aggregate',
  'Index,Index,3,NA,NA,NA,Aggregate',
];

describe('loadCoinr', () => {
  it('loads the COINr fixture: three levels, groups, denominators and NA as missing', async () => {
    const result = await loadCoinr({ iData, iMeta });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { framework, units, values, edition } = result.dataset;
    expect(
      framework.map(({ id, type, parent, weight, direction }) => [id, type, parent, weight, direction]),
    ).toEqual([
      ['LPI', 'indicator', 'Conn', 1, 1],
      ['Flights', 'indicator', 'Conn', 1, 1],
      ['CO2', 'indicator', 'Sust', 1, -1],
      ['Renew', 'indicator', 'Sust', 0.5, 1],
      ['Conn', 'aggregate', 'Index', 1, 1],
      ['Sust', 'aggregate', 'Index', 1, 1],
      ['Index', 'aggregate', null, 1, 1],
    ]);
    expect(units[2]).toEqual({
      id: 'CHL',
      name: 'Chile',
      group: 'Americas',
      meta: { Group_Region: 'Americas', Time: 2020, GDP: 252.9 },
    });
    expect(values.CHL).toEqual({ LPI: null, Flights: 8.91, CO2: 4.6, Renew: null });
    expect(values.JPN).toEqual({ LPI: 4.03, Flights: 51.2, CO2: 8.5, Renew: 18.1 });
    expect(edition.id).toBe('iData');
    expect(result.warnings).toEqual([]);
    expect(result.columns.map(({ column, role, reason }) => [column, role, reason])).toEqual([
      ['uName', 'name', 'layout'],
      ['uCode', 'id', 'layout'],
      ['Group_Region', 'group', 'declared'],
      ['Time', 'meta', 'layout'],
      ['GDP', 'meta', 'declared'],
      ['LPI', 'indicator', 'framework'],
      ['Flights', 'indicator', 'framework'],
      ['CO2', 'indicator', 'framework'],
      ['Renew', 'indicator', 'framework'],
    ]);
  });

  it('sets aside an iData column iMeta does not name (kept in meta, told), and reads an aggregate column as a computed result', async () => {
    const result = await loadCoinr({
      iData: csv('iData.csv', 'uCode,uName,a,b,P,lon', 'X,Ex,1,2,50,3.5', 'Y,Why,2,1,40,4'),
      iMeta: smallMeta(...threeLevels),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.columns.slice(2).map(({ column, role, reason }) => [column, role, reason])).toEqual([
      ['a', 'indicator', 'framework'],
      ['b', 'indicator', 'framework'],
      ['P', 'result', 'aggregate'],
      ['lon', 'coordinate', 'known-name'],
    ]);
    expect(result.dataset.values.X).toEqual({ a: 1, b: 2 });
    expect(result.dataset.units[0]?.meta).toEqual({ lon: 3.5 });
  });

  it('keeps extra iMeta columns such as Unit and Target, and the level, in node meta', async () => {
    const result = await loadCoinr({ iData, iMeta });
    const lpi = result.ok ? result.dataset.framework.find((node) => node.id === 'LPI') : undefined;
    expect(lpi?.meta).toEqual({ Level: 1, Unit: 'score', Target: 5 });
  });

  it('takes the latest time point by default, with a warning, or the one asked for', async () => {
    const panel = csv(
      'iData.csv',
      'uCode,uName,Time,a,b',
      'X,Ex,2019,1,2',
      'X,Ex,2020,3,4',
      'Y,Why,2019,5,6',
      'Y,Why,2020,7,8',
    );
    const latest = await loadCoinr({ iData: panel, iMeta: smallMeta(...threeLevels) });
    expect(latest.ok && latest.dataset.values).toEqual({ X: { a: 3, b: 4 }, Y: { a: 7, b: 8 } });
    expect(latest.ok && latest.warnings.map(({ code, row, column }) => ({ code, row, column }))).toEqual([
      { code: 'time-selected', row: 1, column: 'Time' },
    ]);
    const chosen = await loadCoinr({ iData: panel, iMeta: smallMeta(...threeLevels), time: 2019 });
    expect(chosen.ok && chosen.dataset.values).toEqual({ X: { a: 1, b: 2 }, Y: { a: 5, b: 6 } });
    expect(placesOf(await loadCoinr({ iData: panel, iMeta: smallMeta(...threeLevels), time: 2018 }))).toEqual(
      [{ code: 'unknown-time', file: 'iData.csv', row: 1, column: 'Time' }],
    );
  });

  it('flags a bad Type and a bad level', async () => {
    const result = await loadCoinr({
      iData: csv('iData.csv', 'uCode,uName,a,b', 'X,Ex,1,2'),
      iMeta: smallMeta(
        'a,A,1,P,1,1,Indicator',
        'b,B,2,P,-1,1,Indicator',
        'P,Pillar,2,Index,NA,1,Aggregate',
        'Index,Index,3,NA,NA,NA,Aggregate',
        'w,W,NA,NA,NA,NA,Weight',
      ),
    });
    expect(placesOf(result)).toEqual([
      { code: 'bad-type', file: 'iMeta.csv', row: 6, column: 'Type' },
      { code: 'bad-level', file: 'iMeta.csv', row: 3, column: 'Level' },
    ]);
  });

  it('flags levels that skip, non-numeric denominators, duplicate units and a missing uCode', async () => {
    const skipping = smallMeta(
      'a,A,1,Index,1,1,Indicator',
      'b,B,1,Index,1,1,Indicator',
      'Index,Index,3,,,,Aggregate',
      'Den_Pop,Population,NA,NA,NA,NA,Denominator',
    );
    const result = await loadCoinr({
      iData: csv('iData.csv', 'uCode,uName,Den_Pop,a,b', 'X,Ex,12,1,2', 'X,Ex2,many,3,4'),
      iMeta: skipping,
    });
    expect(placesOf(result)).toEqual([
      { code: 'bad-level', file: 'iMeta.csv', row: 2, column: 'Level' },
      { code: 'bad-level', file: 'iMeta.csv', row: 3, column: 'Level' },
      { code: 'duplicate-id', file: 'iData.csv', row: 3, column: 'uCode' },
      { code: 'not-a-number', file: 'iData.csv', row: 3, column: 'Den_Pop' },
    ]);
    expect(
      placesOf(
        await loadCoinr({ iData: csv('iData.csv', 'uName,a,b', 'Ex,1,2'), iMeta: smallMeta(...threeLevels) }),
      ),
    ).toEqual([{ code: 'missing-column', file: 'iData.csv', row: 1, column: 'uCode' }]);
  });

  it('flags an indicator whose direction is empty, and more than one root', async () => {
    const result = await loadCoinr({
      iData: csv('iData.csv', 'uCode,a,b', 'X,1,2'),
      iMeta: smallMeta(
        'a,A,1,P,,1,Indicator',
        'b,B,1,Q,1,1,Indicator',
        'P,P,2,NA,NA,NA,Aggregate',
        'Q,Q,2,NA,NA,NA,Aggregate',
      ),
    });
    expect(placesOf(result)).toEqual([
      { code: 'bad-direction', file: 'iMeta.csv', row: 2, column: 'Direction' },
      { code: 'multiple-roots', file: 'iMeta.csv', row: 5, column: 'Parent' },
    ]);
    expect(problemsOf(result)[1]?.message).toBe(
      'only one aggregate may lack a parent (the index); found "P", "Q"',
    );
  });

  it('reads COINr tables given as JSON', async () => {
    const dataJson = JSON.stringify({ iData: [{ uCode: 'X', uName: 'Ex', a: 1, b: null }] });
    const metaRows = threeLevels.map((line) =>
      Object.fromEntries(metaHeader.split(',').map((key, index) => [key, line.split(',')[index]])),
    );
    const result = await loadCoinr({
      iData: { name: 'iData.json', text: dataJson },
      iMeta: { name: 'iMeta.json', text: JSON.stringify(metaRows) },
    });
    expect(result.ok && result.dataset.values).toEqual({ X: { a: 1, b: null } });
  });
});
