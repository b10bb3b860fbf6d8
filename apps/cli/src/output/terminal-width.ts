/**
 * How many columns table output may take: the terminal's width when output goes to a terminal,
 * else `COLUMNS` when set to a whole number, else 80 (never fewer than 20).
 */
export function terminalWidth(toTerminal: boolean, env: NodeJS.ProcessEnv = process.env): number {
  // process.stdout loads Node's stream stack: touched only when it is a terminal
  const columns = toTerminal ? process.stdout.columns : undefined;
  const fromEnv = Number(env.COLUMNS);
  const width = columns && columns > 0 ? columns : Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80;
  return Math.max(width, 20);
}
