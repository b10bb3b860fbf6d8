/** Han characters (CJK ideographs); everything else (punctuation, spaces, digits, Latin) is stripped. */
const han = /\p{Script=Han}/gu;

/** The Han characters of a text, in order, everything else stripped: "人本·科技" → "人本科技". */
export const hanOnly = (text: string): string => (text.match(han) ?? []).join('');

/** How many Han characters a text holds. */
export const hanCount = (text: string): number => hanOnly(text).length;

/**
 * Every run of `length` consecutive Han characters of `text` (punctuation and other scripts
 * stripped first, the way `runsOf` keeps only words). Names given are cut out first, each leaving a
 * break, so a run never spans a proper name: names are facts a text may repeat.
 */
export function hanRunsOf(text: string, length: number, names: readonly string[] = []): string[] {
  const cut = [...names]
    .map(hanOnly)
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  let segments = [hanOnly(text)];
  for (const name of cut) segments = segments.flatMap((segment) => segment.split(name));
  return segments.flatMap((segment) => {
    const chars = [...segment];
    return chars
      .slice(0, Math.max(0, chars.length - length + 1))
      .map((_, at) => chars.slice(at, at + length).join(''));
  });
}
