import { flatLevelRow, flatRankingRow, levelRows, rankingRows, type Scenario } from '@smartcities/core';
import { checkpoint, type RunOptions } from '@smartcities/core/analysis';
import { loadPosted, type PostedDataset } from '../dataset-body.ts';
import type { Format } from '../format.ts';
import { representation, type Representation } from '../representation.ts';
import { scoreOrFail } from '../scored.ts';
import { rankedNode } from '../routes/rankings.ts';

/** What a score job needs: the posted text, the scenario, the node to rank by and the answer's format. */
export interface ScoreInput {
  posted: PostedDataset;
  scenario: Scenario;
  pillar: string | undefined;
  format: Format;
}

/** Loads a posted dataset, scores it under the scenario and renders its ranking (every level at the index) with the loader's warnings, the column roles and the data log. */
export async function scoreJob(input: ScoreInput, options: RunOptions): Promise<Representation> {
  const { dataset, warnings, columns } = await loadPosted(input.posted);
  checkpoint(options, 1, 3);
  const result = scoreOrFail(dataset, input.scenario, 422);
  checkpoint(options, 2, 3);
  const node = rankedNode(result, input.pillar);
  const levels = node === result.tree.root ? levelRows(result, dataset) : undefined;
  const rows = levels ?? rankingRows(result, dataset, { node });
  const flat = () => (levels ? levels.map(flatLevelRow) : rows.map(flatRankingRow));
  const json = {
    provenance: result.provenance,
    rows,
    ...(result.data && { data: result.data }),
    warnings,
    columns,
  };
  return representation(input.format, json, flat);
}
