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
    description:
      'Write to FILE instead of standard output, atomically (nothing is written on error); only a new file or a regular one (its mode kept), a symbolic link is followed, anything else (device, FIFO, directory) is refused',
    valueHint: 'FILE',
  },
  debug: { type: 'boolean', description: 'Show stack traces of unexpected errors' },
} as const satisfies ArgsDef;
