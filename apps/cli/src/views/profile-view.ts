import { roundHalfUp } from '@smartcities/core/engine';
import type {
  Profile,
  ProfileNode,
  Provenance,
  PublishedFigures,
  PublishedReputation,
  ReputationRow,
} from '@smartcities/core/engine';
import type { CaseStudy } from '@smartcities/data/schema';
import { table, type Column, type View } from '../output/view.ts';
import { indented, type OrderedNode } from './node-order.ts';
import { provenanceLine } from './provenance.ts';
import { footnoteText, printedNode, printedOrComputed, printedTier } from './printed-columns.ts';
import { fixed, gainTone, signed } from './show.ts';

type Row = ProfileNode & { depth: number };

/**
 * The node table's columns: under the report's method the index and pillar scores show the printed
 * figures ("*" where the recomputation differs) and CSV adds them as `published` and `published_rank`.
 */
function columnsFor({ printed, order, leaders }: ProfileExtras): Column<Row>[] {
  const shown = (r: Row) => printedNode(printed, r.id, order[0]?.id ?? '');
  const csv: Column<Row>[] = printed
    ? [
        { key: 'published', header: 'published', only: 'csv', value: (r) => shown(r).score },
        { key: 'published_rank', header: 'published_rank', only: 'csv', value: (r) => shown(r).rank },
      ]
    : [];
  return [
    { key: 'id', header: 'id', only: 'csv' },
    { key: 'type', header: 'type', only: 'csv' },
    { key: 'parent', header: 'parent', only: 'csv' },
    { key: 'name', header: 'Node', value: (r) => r.name, show: (v, r) => indented(String(v), r.depth) },
    { key: 'value', header: 'Value', align: 'right', show: (v) => String(roundHalfUp(Number(v), 2)) },
    {
      key: 'score',
      header: 'Score',
      align: 'right',
      show: (v, r) => printedOrComputed(v, shown(r).score, shown(r).scoreNote),
    },
    { key: 'rank', header: 'Rank', align: 'right' },
    { key: 'median', header: 'Median', align: 'right', show: fixed() },
    { key: 'vsMedian', header: 'vs median', align: 'right', show: signed(1), tone: gainTone },
    { key: 'leader', header: 'Leader', align: 'right', show: (v, r) => fixed()(leaders?.[r.id] ?? v) },
    ...csv,
  ];
}

/** What the city command shows beside the profile itself. */
export interface ProfileExtras {
  provenance: Provenance;
  order: OrderedNode[];
  units: number;
  reputation?: ReputationRow | undefined;
  caseStudies?: readonly CaseStudy[];
  /** What the report prints for the city (the report's method only). */
  printed?: PublishedFigures | undefined;
  /** Each pillar's best printed score, the leader shown under the report's method. */
  leaders?: Readonly<Record<string, number>> | undefined;
  /** The city's row of table 2-6 as printed (the report's method only). */
  printedReputation?: PublishedReputation | undefined;
}

const list = (nodes: ProfileNode[]) => nodes.map((n) => `${n.name} (rank ${n.rank ?? '–'})`).join(', ');

function reputationLine(row: ReputationRow, p: PublishedReputation | undefined): string {
  const mark = (field: string) => (p?.notes.some((n) => n.field === field) ? '*' : '');
  const [papers, rank, smart, difference] = p
    ? [
        p.papers,
        `${p.reputationRank}${mark('reputationRank')}`,
        p.smartCityRank,
        `${signed()(p.difference)}${mark('difference')}`,
      ]
    : [row.papers ?? '–', row.reputationRank ?? '–', row.smartRank ?? '–', signed()(row.difference)];
  const notes = (p?.notes ?? []).map((n) => `\n* ${footnoteText(n, String)}`).join('');
  return `Reputation (reference index, not in the total): ${papers} papers, reputation rank ${rank}, smart city rank ${smart}, difference ${difference}${notes}`;
}

function caseStudyText(study: CaseStudy): string {
  const figures = study.keyFigures.map((f) => `  · ${f.label}: ${f.value}${f.unit ? ` ${f.unit}` : ''}`);
  return [`Case study: ${study.title}`, study.summary, ...figures].join('\n');
}

/** The headline score: as printed under the report's method ("*" when recomputed otherwise), else computed. */
function scoreShown(profile: Profile, printed: PublishedFigures | undefined): string {
  if (!printed) return fixed()(profile.score);
  const marked = printed.notes.some((n) => n.field === 'score');
  return marked ? `${fixed()(printed.score)}* (computed ${fixed()(profile.score)})` : fixed()(printed.score);
}

/** The printed figures the engine recomputes with other digits, and why. */
function printedLines(printed: PublishedFigures): string {
  return [
    'Printed figures recomputed with other digits:',
    ...printed.notes.map((n) => `* ${footnoteText(n)}`),
  ].join('\n');
}

/** A city's profile: headline, every node against the median, strengths, weaknesses, reputation and case studies. */
export function profileView(profile: Profile, extras: ProfileExtras): View {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const rows = extras.order.flatMap(({ id, depth }) => (byId.has(id) ? [{ ...byId.get(id)!, depth }] : []));
  const headline = `${profile.name}: rank ${profile.rank ?? '–'} of ${extras.units}, score ${scoreShown(profile, extras.printed)}, tier ${printedTier(profile.tier, extras.printed)}`;
  const blocks: View['blocks'] = [
    headline,
    table({ columns: columnsFor(extras), rows }),
    `Strengths: ${list(profile.strengths)}\nWeaknesses: ${list(profile.weaknesses)}`,
  ];
  if (extras.printed?.notes.length) blocks.push(printedLines(extras.printed));
  if (extras.reputation) blocks.push(reputationLine(extras.reputation, extras.printedReputation));
  for (const study of extras.caseStudies ?? []) blocks.push(caseStudyText(study));
  blocks.push(provenanceLine(extras.provenance));
  const json = {
    provenance: extras.provenance,
    profile,
    reputation: extras.reputation ?? null,
    caseStudies: extras.caseStudies ?? [],
    ...(extras.printed ? { published: extras.printed } : {}),
  };
  return { json, blocks };
}
