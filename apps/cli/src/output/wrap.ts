import { displayWidth } from './text-width.ts';

/** The indent of a line's continuation: its own indent, and two more after a "· " or "- " bullet. */
function hangingIndent(line: string): number {
  const match = /^( *)([·•-] )?/.exec(line)!;
  return match[1]!.length + (match[2] ? 2 : 0);
}

/**
 * Wraps one line at spaces so that each piece fits `width` columns, never inside a word (a word
 * longer than the width stays whole on its own line). The first piece keeps the line's own
 * spacing (aligned columns stay aligned); continuation lines start with `indent` spaces, by
 * default the line's own indent (plus two after a bullet).
 * @example wrapLine('one two three', 8) // ['one two', 'three']
 */
export function wrapLine(line: string, width: number, indent = hangingIndent(line)): string[] {
  if (displayWidth(line) <= width) return [line];
  const words = [...line.matchAll(/\S+/g)];
  let first = 1;
  while (
    first < words.length &&
    displayWidth(line.slice(0, words[first]!.index + words[first]![0].length)) <= width
  )
    first++;
  const lines = [line.slice(0, words[first - 1]!.index + words[first - 1]![0].length)];
  let current = '';
  for (const [word] of words.slice(first)) {
    const next = current === '' ? ' '.repeat(indent) + word : `${current} ${word}`;
    if (current !== '' && displayWidth(next) > width) {
      lines.push(current);
      current = ' '.repeat(indent) + word;
    } else current = next;
  }
  return current === '' ? lines : [...lines, current];
}

/** Wraps every line of a text to `width` columns (see `wrapLine`). */
export function wrapText(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => wrapLine(line, width))
    .join('\n');
}
