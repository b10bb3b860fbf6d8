import type { Tone } from './view.ts';

/** Applies a tone to a text; the identity when colour is off. */
export type Paint = (tone: Tone | undefined, text: string) => string;

/**
 * Whether to colour a stream: only a terminal, never when NO_COLOR is set (non-empty) or
 * TERM=dumb; FORCE_COLOR (not "0") forces it.
 */
export function colorEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

const plain: Paint = (_tone, text) => text;

/** A painter for the given colour switch; picocolors is loaded only when colour is on. */
export async function painter(enabled: boolean): Promise<Paint> {
  if (!enabled) return plain;
  const { default: pc } = await import('picocolors');
  const colors = pc.createColors(true);
  return (tone, text) => (tone ? colors[tone](text) : text);
}

/** Removes ANSI colour codes (for text that a library coloured on its own). */
export function stripAnsi(text: string): string {
  return text.replace(/\u001B\[[0-9;]*m/g, '');
}
