import { describe, expect, it } from 'vitest';
import { progressBar } from './progress-bar.ts';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { written, isTTY, write: (text: string | Uint8Array) => written.push(String(text)) > 0 };
}

describe('progressBar()', () => {
  it('draws on a terminal once per percent and erases itself at the end', () => {
    const tty = stream(true);
    const bar = progressBar('runs', tty);
    bar.onProgress!(0, 200);
    bar.onProgress!(1, 200);
    bar.onProgress!(100, 200);
    bar.onProgress!(200, 200);
    bar.end();
    expect(tty.written).toEqual([
      `\rruns [${'-'.repeat(30)}]   0% 0/200`,
      `\rruns [${'#'.repeat(15)}${'-'.repeat(15)}]  50% 100/200`,
      `\rruns [${'#'.repeat(30)}] 100% 200/200`,
      '\r\u001B[2K',
    ]);
  });

  it('stays silent when standard error is piped', () => {
    const piped = stream(false);
    const bar = progressBar('runs', piped);
    expect(bar.onProgress).toBeUndefined();
    bar.end();
    expect(piped.written).toEqual([]);
  });
});
