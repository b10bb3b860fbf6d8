/**
 * Where a JSON text nests deeper than `limit` arrays and objects: the dotted path of object keys
 * leading there (`spec.runs`, `(body)` at the top), or null when it stays within the limit. A
 * linear scan that never recurses, so it is safe on any input; it does not validate the JSON.
 * @example tooDeep('{"spec":{"runs":[[[1]]]}}', 3) // "spec.runs"
 */
export function tooDeep(text: string, limit: number): string | null {
  const keys: (string | null)[] = [];
  let key: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      const end = stringEnd(text, i);
      if (keys.length > 0 && isKey(text, end)) key = safeParse(text.slice(i, end + 1));
      i = end;
    } else if (ch === '{' || ch === '[') {
      keys.push(key);
      key = null;
      if (keys.length > limit) return pathOf(keys);
    } else if (ch === '}' || ch === ']') key = keys.pop() ?? null;
  }
  return null;
}

/** Index of the closing quote of the string opening at `start` (or the text's end). */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return text.length;
}

/** True when the string ending at `end` is followed by a colon (it is an object key). */
function isKey(text: string, end: number): boolean {
  let i = end + 1;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return text[i] === ':';
}

function safeParse(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted.slice(1, -1);
  }
}

/** The keys that led into the nesting, as a dotted path. */
function pathOf(keys: readonly (string | null)[]): string {
  const named = keys.filter((k): k is string => k !== null);
  return named.length > 0 ? named.slice(0, 8).join('.') : '(body)';
}
