import { explain, explainJson } from '@smartcities/core/analysis';
import { defineCommand } from 'citty';
import { CLIError } from '../cli-error.ts';
import { scoreSide } from '../explain-sides.ts';
import { cityArg } from '../flags/city-arg.ts';
import { outputArgs } from '../flags/common-args.ts';
import { readSides, sidesArgs } from '../flags/explain-flags.ts';
import { emit, formatFlag } from '../output/emit.ts';
import { explainView } from '../views/explain-view.ts';
import { ScoringError, unknownName, type ScoreResult } from '@smartcities/core/engine';
import { edition2020 } from '@smartcities/data/editions/2020';
import type { Dataset } from '@smartcities/data/schema';

export const examples = [
  'smartcities explain --to a=geometric',
  "smartcities explain --to 'a=geometric&w=economy:0.5' tokyo",
  'smartcities explain --from scenario-a.json --to scenario-b.json --format json',
  'smartcities explain --data units.csv --to n=min-max --format csv --out why.csv',
  'smartcities explain --data units-2020.csv --to-data units-2021.csv --framework framework.csv',
];

/** A city of the edition by id, name or alias; a unit of the user's own data by its id. */
function unitArg(query: string, dataset: Dataset, result: ScoreResult): string {
  if (dataset === edition2020.dataset) return cityArg(query, result);
  if (result.unitIds.includes(query)) return query;
  throw new CLIError(unknownName('unit', query, result.unitIds), 2);
}

export default defineCommand({
  meta: {
    name: 'explain',
    description:
      'Why did it move? Each city’s change between two scenarios split exactly by component (Shapley), pillar and indicator, with who passed whom',
  },
  args: {
    city: {
      type: 'positional',
      required: false,
      description: 'Only this city (e.g. tokyo)',
      valueHint: 'ID',
    },
    ...sidesArgs,
    ...outputArgs,
  },
  async run({ args }) {
    const format = formatFlag(args.format);
    const { dataset, toDataset, from, to } = await readSides(args);
    const first = scoreSide(dataset, from, '--from');
    scoreSide(toDataset ?? dataset, to, '--to');
    const unit = args.city === undefined ? undefined : unitArg(String(args.city), dataset, first);
    const units = new Map(dataset.units.map((u) => [u.id, u.name]));
    const nodes = new Map(dataset.framework.map((n) => [n.id, n.name]));
    const names = { unit: (id: string) => units.get(id) ?? id, node: (id: string) => nodes.get(id) ?? id };
    try {
      const options = { ...(unit !== undefined && { unit }), ...(toDataset && { toDataset }) };
      const explanation = explain(dataset, from, to, options);
      const view = explainView(explanation, explainJson(explanation), names);
      await emit(view, { format, out: args.out });
    } catch (error) {
      if (error instanceof ScoringError)
        throw new CLIError(`explain: ${error.issues.map((i) => `${i.path}: ${i.message}`).join('\n')}`, 2);
      throw error;
    }
  },
});
