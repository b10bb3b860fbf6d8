import { unknownName } from '@smartcities/core/engine';
import type { ArgsDef } from 'citty';
import { CLIError } from '../cli-error.ts';

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Every spelling a command accepts, mapped to whether the flag takes a value. */
function knownFlags(args: ArgsDef): Map<string, boolean> {
  const known = new Map<string, boolean>([
    ['--help', false],
    ['-h', false],
  ]);
  for (const [name, def] of Object.entries(args)) {
    if (def.type === 'positional') continue;
    const takesValue = def.type !== 'boolean';
    known.set(`--${kebab(name)}`, takesValue);
    if (!takesValue) known.set(`--no-${kebab(name)}`, false);
    const aliases = 'alias' in def && def.alias ? [def.alias].flat() : [];
    for (const alias of aliases) known.set(alias.length === 1 ? `-${alias}` : `--${alias}`, takesValue);
  }
  return known;
}

/**
 * Rejects flags a command does not declare (citty accepts anything) with a did-you-mean, and
 * positional arguments beyond those declared unless the command takes a list (`variadic`).
 */
export function checkFlags(
  command: string,
  rawArgs: readonly string[],
  args: ArgsDef,
  variadic = false,
): void {
  const known = knownFlags(args);
  const names = [...known.keys()].filter((k) => k.startsWith('--') && !k.startsWith('--no-'));
  const positionals: string[] = [];
  for (let i = 0; i < rawArgs.length; i++) {
    const arg = rawArgs[i]!;
    if (arg === '--') break;
    if (!arg.startsWith('-') || /^-\d/.test(arg)) {
      positionals.push(arg);
      continue;
    }
    const flag = arg.split('=')[0]!;
    const takesValue = known.get(flag);
    if (takesValue === undefined) throw new CLIError(`${command}: ${unknownName('flag', flag, names)}`, 2);
    if (takesValue && !arg.includes('=')) i++;
  }
  const allowed = Object.values(args).filter((def) => def.type === 'positional').length;
  if (!variadic && positionals.length > allowed) {
    throw new CLIError(
      `${command}: unexpected argument "${positionals[allowed]}"; see "smartcities ${command} --help"`,
      2,
    );
  }
}
