import type { ClaimLine, ClaimStatus, Provenance } from '@smartcities/core/engine';
import { table, type Column, type View } from '../output/view.ts';
import { placeText } from './indicator-view.ts';
import { provenanceLine } from './provenance.ts';

const marks: Record<ClaimStatus, string> = { holds: '✓', fails: '✗', 'not-applicable': '–' };

const columns: Column<ClaimLine>[] = [
  {
    key: 'status',
    header: '',
    show: (v) => marks[v as ClaimStatus],
    tone: (v) => (v === 'holds' ? 'green' : v === 'fails' ? 'red' : 'dim'),
  },
  { key: 'id', header: 'id', only: 'csv' },
  { key: 'kind', header: 'kind', only: 'csv' },
  { key: 'text', header: 'Claim' },
  { key: 'place', header: 'Where in the report', value: (r) => placeText(r.place) },
  { key: 'erratum', header: 'Erratum', show: (v) => (v === null ? '' : String(v)) },
];

/** The report's claims checked under the scenario: one line per claim (✓/✗, sentence, place), the tally; CSV as a table. */
export function claimsView(
  lines: ClaimLine[],
  tally: Record<ClaimStatus, number>,
  provenance: Provenance,
): View {
  const summary = `${tally.holds} of ${lines.length} claims hold, ${tally.fails} do not, ${tally['not-applicable']} cannot be checked under this scenario.`;
  const list = lines.map(
    (l) =>
      `${marks[l.status]} ${l.text} (${placeText(l.place)})${l.erratum ? `; misprinted: ${l.erratum}` : ''}`,
  );
  return {
    json: { provenance, tally, claims: lines },
    blocks: [list.join('\n'), summary, provenanceLine(provenance)],
    csv: table({ columns, rows: lines }),
  };
}
