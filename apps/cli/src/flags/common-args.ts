import type { ArgsDef } from 'citty';

/** `--format`, `--out` and `--debug`, accepted by every command. */
export const outputArgs = {
  format: {
    type: 'string',
    description: 'Output format: table (aligned, the default), json or csv',
    valueHint: 'table|json|csv',
  },
  out: {
    type: 'string',
    description: 'Write to FILE (atomically: nothing is written on error) instead of standard output',
    valueHint: 'FILE',
  },
  debug: { type: 'boolean', description: 'Show stack traces of unexpected errors' },
} as const satisfies ArgsDef;
