import { defineCommand } from 'citty';
import { scoreSide } from '../explain-sides.ts';
import { outputArgs } from '../flags/common-args.ts';
import { readSides, sidesArgs } from '../flags/explain-flags.ts';
import { emit, formatFlag } from '../output/emit.ts';
import { diffRows, diffView } from '../views/diff-view.ts';

export const examples = [
  'smartcities diff --to a=geometric',
  "smartcities diff --from 'w=economy:2' --to 'n=min-max' --format csv",
];

export default defineCommand({
  meta: { name: 'diff', description: 'Two rankings side by side, with each city’s change of rank' },
  args: { ...sidesArgs, ...outputArgs },
  async run({ args }) {
    const format = formatFlag(args.format);
    const { dataset, from, to } = await readSides(args);
    const [first, second] = [scoreSide(dataset, from, '--from'), scoreSide(dataset, to, '--to')];
    const names = new Map(dataset.units.map((u) => [u.id, u.name]));
    const rows = diffRows(first, second, (id) => names.get(id) ?? id);
    await emit(diffView(first, second, rows), { format, out: args.out });
  },
});
