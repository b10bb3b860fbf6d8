import type { ArgsDef } from 'citty';

/** The data flags of `score` and `audit`: our layout (`--data`, `--framework`) or COINr's (`--idata`, `--imeta`, `--time`). */
export const dataArgs = {
  data: {
    type: 'string',
    valueHint: 'FILE',
    description:
      'Units file in our layout (CSV, JSON or XLSX): id, name, one column per indicator. Other columns are set aside, never scored: any the framework does not name; group, region, Group_* and *_group (groups); lat, lon, iso3, country, year, population, x_* and Den_* (kept as data); stderr lists each column with its role and why',
  },
  framework: {
    type: 'string',
    valueHint: 'FILE',
    description:
      'Framework file: id, name, type (indicator or aggregate; group, coordinate, code or meta declares a units column that is not scored), parent, weight, direction (default: built from the numeric columns)',
  },
  idata: {
    type: 'string',
    valueHint: 'FILE',
    description: "COINr's iData table (uCode, uName, Group_*, Time, one column per indicator)",
  },
  imeta: {
    type: 'string',
    valueHint: 'FILE',
    description: "COINr's iMeta table (iCode, iName, Level, Parent, Direction, Weight, Type)",
  },
  time: { type: 'string', valueHint: 'T', description: 'COINr time point to score (default: the latest)' },
} as const satisfies ArgsDef;
