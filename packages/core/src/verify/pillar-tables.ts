import type { PublishedPillarTable } from '@smartcities/data/schema';
import type { Checked, VerifyContext } from './context.ts';
import { judgeLabel } from './label-cell.ts';
import { judgeExact } from './judge.ts';
import { scoreRankCells } from './score-rank-cells.ts';
import type { VerifiedCell } from './types.ts';

/**
 * Tables 2-1 to 2-5: each printed indicator value against the dataset's input (a second,
 * independent transcription), each pillar score and rank against the engine; row labels apart.
 */
export function verifyPillarTables(tables: readonly PublishedPillarTable[], ctx: VerifyContext): Checked {
  const checked = tables.map((table) => verifyPillarTable(table, ctx));
  return { numbers: checked.flatMap((c) => c.numbers), other: checked.flatMap((c) => c.other) };
}

function verifyPillarTable(table: PublishedPillarTable, ctx: VerifyContext): Checked {
  const numbers = [...inputCells(table, ctx), ...verifyPillarScores(table, ctx)];
  const other = table.rows.map((printed) => judgeLabel(ctx, table.table, printed));
  return { numbers, other };
}

/** One table's printed indicator values against the dataset's inputs. */
function inputCells({ table, columns = [], rows }: PublishedPillarTable, ctx: VerifyContext): VerifiedCell[] {
  return rows.flatMap(({ row, city, indicators = [], errata = {} }) =>
    indicators.map((printed, i) => {
      const column = columns[i] ?? `indicator-${i + 1}`;
      const value = ctx.dataset.values[city]?.[column];
      const computed = value === null || value === undefined ? 'missing' : value;
      return judgeExact(
        { table, row, column, city, published: printed, computed, erratum: errata[column] },
        ctx.errata,
      );
    }),
  );
}

/** One table's printed pillar scores and ranks against the engine's. */
export function verifyPillarScores(
  { table, pillar, rows }: PublishedPillarTable,
  ctx: VerifyContext,
): VerifiedCell[] {
  return rows.flatMap(({ row, city, score, rank, errata = {} }) =>
    scoreRankCells(ctx, { table, row, city, node: pillar, scoreColumn: pillar, score, rank, errata }),
  );
}
