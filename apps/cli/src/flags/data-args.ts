import type { ArgsDef } from 'citty';

/** The data flags of `score` and `audit`: our layout (`--data`, `--framework`) or COINr's (`--idata`, `--imeta`, `--time`). */
export const dataArgs = {
  data: {
    type: 'string',
    valueHint: 'FILE',
    description: 'Units file in our layout: id, name, group, one column per indicator (CSV, JSON or XLSX)',
  },
  framework: {
    type: 'string',
    valueHint: 'FILE',
    description:
      'Framework file: id, name, type, parent, weight, direction (default: built from the columns)',
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
