import { CLIError } from '../cli-error.ts';

interface Bounds {
  min?: number;
  max?: number;
  integer?: boolean;
}

/**
 * Reads a numeric flag, or undefined when it was not given; anything else than a number within
 * the bounds fails naming the flag.
 * @example numberFlag('5', '--top', { min: 1, integer: true }) // 5
 */
export function numberFlag(
  value: string | undefined,
  flag: string,
  { min = -Infinity, max = Infinity, integer = false }: Bounds = {},
): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  const ok =
    value.trim() !== '' &&
    Number.isFinite(number) &&
    (!integer || Number.isInteger(number)) &&
    number >= min &&
    number <= max;
  if (ok) return number;
  const kind = integer ? 'a whole number' : 'a number';
  const range = [Number.isFinite(min) ? `of ${min} or more` : '', Number.isFinite(max) ? `up to ${max}` : '']
    .filter(Boolean)
    .join(' ');
  throw new CLIError(`${flag}: expected ${kind}${range ? ` ${range}` : ''}, got "${value}"`, 2);
}

/** Every value of a flag that may be repeated (`--vary a=… --vary n=…`), in order. */
export function repeatedFlag(rawArgs: readonly string[], flag: string): string[] {
  const values: string[] = [];
  for (let i = 0; i < rawArgs.length; i++) {
    const arg = rawArgs[i]!;
    if (arg === '--') break;
    if (arg === flag && rawArgs[i + 1] !== undefined) values.push(rawArgs[++i]!);
    else if (arg.startsWith(`${flag}=`)) values.push(arg.slice(flag.length + 1));
  }
  return values;
}
