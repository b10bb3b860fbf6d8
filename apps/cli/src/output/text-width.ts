const ansi = /\u001B\[[0-9;]*m/g;
// East Asian wide and full-width characters take two terminal columns.
const wide =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;
const printableAscii = /^[\x20-\x7E]*$/;

/**
 * The number of terminal columns a text takes: colour codes take none, East Asian wide
 * characters two, anything else one per code point.
 * @example displayWidth('北京 Beijing') // 12
 */
export function displayWidth(text: string): number {
  if (printableAscii.test(text)) return text.length;
  let width = 0;
  for (const char of text.replace(ansi, '')) width += wide.test(char) ? 2 : 1;
  return width;
}

/**
 * Shortens a plain text to at most `width` columns, ending it with "…" when anything was cut;
 * a text that fits is returned as it is.
 * @example truncate('infrastructure', 9) // 'infrastr…'
 */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let kept = '';
  for (const char of text) {
    if (displayWidth(kept + char) + 1 > width) break;
    kept += char;
  }
  return `${kept.trimEnd()}…`;
}

/** Pads a plain text with spaces to `width` columns, on the right (left-aligned) or the left. */
export function padTo(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}
