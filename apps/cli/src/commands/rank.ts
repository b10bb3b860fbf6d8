import {
  defaultBaseline,
  printedOption,
  rankingRows,
  rowsInGroup,
  topWithTies,
  unknownName,
} from '@smartcities/core/engine';
import { dataset2020, edition2020 } from '@smartcities/data/editions/2020';
import { defineCommand } from 'citty';
import { CLIError } from '../cli-error.ts';
import { outputArgs } from '../flags/common-args.ts';
import { numberFlag } from '../flags/number-flag.ts';
import { emit, formatFlag } from '../output/emit.ts';
import { scenarioArgs } from '../scenario-flags.ts';
import { scoreWithFlags, type Scored } from '../scoring.ts';
import { rankingView } from '../views/ranking-view.ts';

export const examples = [
  'smartcities rank',
  'smartcities rank --top 5 --format json',
  'smartcities rank --pillar governance',
  'smartcities rank --group developing',
  'smartcities rank --aggregation pillars=geometric --weights infrastructure=2,governance=1',
  'smartcities rank --scenario "a=geometric&x=data-center" --format csv --out ranking.csv',
];

/** The pillar to rank by: one of the index's active children. */
function pillarNode({ result }: Scored, pillar: string | undefined): string {
  const { root } = result.tree;
  if (pillar === undefined) return root;
  const pillars = result.tree.children.get(root) ?? [];
  if (!pillars.includes(pillar)) throw new CLIError(`--pillar: ${unknownName('pillar', pillar, pillars)}`, 2);
  if (!result.plan.children.has(pillar))
    throw new CLIError(`--pillar: "${pillar}" is excluded by the scenario`, 2);
  return pillar;
}

/** The members of the group named by --group, or undefined without the flag. */
function groupFlag(group: string | undefined): readonly string[] | undefined {
  if (group === undefined) return undefined;
  const groups = edition2020.report.cityGroups;
  const members = groups[group];
  if (!members) throw new CLIError(`--group: ${unknownName('group', group, Object.keys(groups))}`, 2);
  return members;
}

export default defineCommand({
  meta: {
    name: 'rank',
    description: "The ranking with pillar scores and tiers, and rank changes against the report's method",
  },
  args: {
    pillar: {
      type: 'string',
      valueHint: 'ID',
      description: "Rank by one pillar: its scores, ranks and indicators' scores",
    },
    top: {
      type: 'string',
      valueHint: 'N',
      description: 'Show only the first N rows, and any city tied with the N-th',
    },
    group: {
      type: 'string',
      valueHint: 'ID',
      description:
        'Only one group of cities, with ranks within it: developed, developing, europe, americas, asia, africa, oceania',
    },
    ...scenarioArgs,
    ...outputArgs,
  },
  async run({ args }) {
    const format = formatFlag(args.format);
    const top = numberFlag(args.top, '--top', { min: 1, integer: true });
    const scored = await scoreWithFlags(dataset2020, args);
    const node = pillarNode(scored, args.pillar);
    const members = groupFlag(args.group);
    const ranking = rankingRows(scored.result, scored.dataset, {
      node,
      ...defaultBaseline(scored.result, scored.dataset),
      ...printedOption(scored.result, edition2020),
    });
    const rows = topWithTies(members ? rowsInGroup(scored.result, ranking, node, members) : ranking, top);
    const name = scored.result.tree.nodes.get(node)?.name ?? node;
    const title = `${name}: ranking${args.group ? ` (${args.group})` : ''}`;
    await emit(rankingView(scored.result, rows, node, title), { format, out: args.out });
  },
});
