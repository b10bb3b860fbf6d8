/**
 * Untrusted input as text for an error message: strings as they are, anything else as JSON,
 * cut to 80 characters. Never throws, even for an object whose `toString` is not a function.
 * @example shownInput({ toString: 1 }) // '{"toString":1}'
 */
export function shownInput(input: unknown): string {
  if (typeof input === 'string') return input.length > 80 ? `${input.slice(0, 79)}…` : input;
  let text: string | undefined;
  try {
    text = JSON.stringify(input);
  } catch {
    text = undefined;
  }
  text ??= typeof input;
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
