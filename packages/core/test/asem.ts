import { readFileSync } from 'node:fs';
import { loadCoinr } from '@smartcities/data/load';
import type { Dataset } from '@smartcities/data/schema';

const text = (name: string) => readFileSync(new URL(`./fixtures/asem/${name}`, import.meta.url), 'utf8');

/** COINr's ASEM example, loaded from its iData/iMeta CSV files through data's COINr loader. */
export async function loadAsem(): Promise<Dataset> {
  const loaded = await loadCoinr({
    iData: { name: 'asem_iData.csv', text: text('asem_iData.csv') },
    iMeta: { name: 'asem_iMeta.csv', text: text('asem_iMeta.csv') },
  });
  if (!loaded.ok) throw new Error(`ASEM fixture did not load: ${loaded.problems[0]?.message}`);
  return loaded.dataset;
}

/** One CSV file as records (a small quote-aware reader, independent of data's loaders). */
export function asemCsv(name: 'asem_iData.csv' | 'asem_iMeta.csv'): Record<string, string>[] {
  const [header, ...lines] = text(name).trim().split('\n').map(splitLine);
  return lines.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i] ?? ''])));
}

function splitLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (const ch of line.replace(/\r$/, '')) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  return [...cells, cell];
}
