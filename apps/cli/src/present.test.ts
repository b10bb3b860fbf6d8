import { describe, expect, it } from 'vitest';
import { CLIError } from './cli-error.ts';
import { present } from './present.ts';

function stream() {
  const written: string[] = [];
  return { written, write: (text: string | Uint8Array) => written.push(String(text)) > 0, isTTY: false };
}

describe('present()', () => {
  it('shows a CLIError as its message alone and returns its code', async () => {
    const err = stream();
    expect(await present(new CLIError('--top: expected a whole number', 2), false, err)).toBe(2);
    expect(err.written).toEqual(['error: --top: expected a whole number\n']);
  });

  it('hides the stack trace of a bug unless --debug, and exits 1', async () => {
    const bug = new TypeError('cannot read x');
    const quiet = stream();
    expect(await present(bug, false, quiet)).toBe(1);
    expect(quiet.written.join('')).toBe(
      'error: unexpected failure: cannot read x\nrun again with --debug for the stack trace\n',
    );
    const loud = stream();
    expect(await present(bug, true, loud)).toBe(1);
    expect(loud.written[1]).toMatch(/^TypeError: cannot read x\n\s+at /);
  });

  it('treats citty usage errors as bad input (exit 2)', async () => {
    const citty = Object.assign(new Error('Missing required positional argument: ID'), {
      name: 'CLIError',
      code: 'EARG',
    });
    const err = stream();
    expect(await present(citty, false, err)).toBe(2);
    expect(err.written[0]).toBe('error: Missing required positional argument: ID; see --help\n');
  });
});
