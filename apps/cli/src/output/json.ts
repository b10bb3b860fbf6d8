/** Typed arrays become arrays, NaN and infinities null, so that the JSON is plain and valid. */
function replacer(_key: string, value: unknown): unknown {
  if (ArrayBuffer.isView(value) && !(value instanceof DataView))
    return Array.from(value as unknown as ArrayLike<number>, clean);
  return typeof value === 'number' ? clean(value) : value;
}

function clean(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/** A value as pretty JSON with a final newline; numbers are written unrounded. */
export function renderJson(value: unknown): string {
  return `${JSON.stringify(value, replacer, 2)}\n`;
}
