import { asemCsv } from './asem.ts';

/**
 * An independent reference for COINr's ASEM pipeline, written from COINr's documentation rather
 * than from our engine: read the CSVs, impute indicator means, optionally apply Treat()'s default,
 * min-max to 0-100 with directions, arithmetic means up the tree, competition ranks.
 */
export interface Reference {
  units: string[];
  scores: Map<string, number[]>;
  ranks: Map<string, number[]>;
  /** `unit/indicator` of every cell the treatment changed, with its new value. */
  treated: Map<string, number>;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** e1071 type 2 skewness and kurtosis, as COINr's skew() and kurt() document them. */
function skewKurt(xs: number[]): [number, number] {
  const n = xs.length;
  const m = mean(xs);
  const moment = (k: number) => xs.reduce((a, x) => a + (x - m) ** k, 0) / n;
  const [m2, m3, m4] = [moment(2), moment(3), moment(4)];
  const g1 = m3 / Math.pow(m2, 1.5);
  const g2 = m4 / (m2 * m2) - 3;
  return [(g1 * Math.sqrt(n * (n - 1))) / (n - 2), (((n + 1) * g2 + 6) * (n - 1)) / ((n - 2) * (n - 3))];
}

const fails = (xs: number[]) => {
  const [s, k] = skewKurt(xs);
  return !(Math.abs(s) < 2 || k < 3.5);
};

/** Treat()'s default on one column: winsorise up to 5 points, else log_CT of the original. */
function coinrTreat(original: number[]): { column: number[]; changed: number[] } {
  if (!fails(original)) return { column: original, changed: [] };
  const x = [...original];
  let hi: number[] = [];
  let lo: number[] = [];
  while (fails(x) && hi.length + lo.length < 5) {
    const up = skewKurt(x)[0] >= 0;
    const edge = up ? Math.max(...x) : Math.min(...x);
    const at = x.flatMap((v, i) => (v === edge ? [i] : []));
    const rest = x.filter((v) => v !== edge);
    const next = up ? Math.max(...rest) : Math.min(...rest);
    for (const i of at) x[i] = next;
    if (up) hi = at;
    else lo = at;
  }
  if (!fails(x)) return { column: x, changed: [...hi, ...lo] };
  const [mn, mx] = [Math.min(...original), Math.max(...original)];
  return {
    column: original.map((v) => Math.log(v - mn + 0.01 * (mx - mn))),
    changed: original.map((_, i) => i),
  };
}

function competition(xs: number[]): number[] {
  return xs.map((v) => 1 + xs.filter((w) => w > v).length);
}

/** The reference pipeline, with or without the default treatment. */
export function asemReference(treat: boolean): Reference {
  const data = asemCsv('asem_iData.csv');
  const meta = asemCsv('asem_iMeta.csv').filter((r) => r.Type === 'Indicator' || r.Type === 'Aggregate');
  const units = data.map((r) => r.uCode!);
  const scores = new Map<string, number[]>();
  const treated = new Map<string, number>();
  for (const row of meta.filter((r) => r.Type === 'Indicator')) {
    const raw = data.map((r) => (r[row.iCode!] === '' ? NaN : Number(r[row.iCode!])));
    const fill = mean(raw.filter((v) => !Number.isNaN(v)));
    let column = raw.map((v) => (Number.isNaN(v) ? fill : v));
    if (treat) {
      const out = coinrTreat(column);
      out.changed.forEach((i) => treated.set(`${units[i]}/${row.iCode}`, out.column[i]!));
      column = out.column;
    }
    const directed = column.map((v) => v * Number(row.Direction));
    const [mn, mx] = [Math.min(...directed), Math.max(...directed)];
    scores.set(
      row.iCode!,
      directed.map((v) => ((v - mn) / (mx - mn)) * 100),
    );
  }
  for (const level of ['2', '3', '4']) {
    for (const node of meta.filter((r) => r.Level === level)) {
      const kids = meta.filter((r) => r.Parent === node.iCode);
      const total = kids.reduce((a, k) => a + Number(k.Weight), 0);
      scores.set(
        node.iCode!,
        units.map(
          (_, u) => kids.reduce((a, k) => a + scores.get(k.iCode!)![u]! * Number(k.Weight), 0) / total,
        ),
      );
    }
  }
  const ranks = new Map([...scores].map(([id, column]) => [id, competition(column)]));
  return { units, scores, ranks, treated };
}
