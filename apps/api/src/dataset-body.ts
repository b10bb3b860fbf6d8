import type { Dataset } from '@smartcities/data/schema';
import { loadDataset, type ColumnReport, type Problem as DataProblem } from '@smartcities/data/load';
import type { Context } from 'hono';
import { MAX_NODES, MAX_UNITS } from './limits.ts';
import { ApiProblem, type ProblemDetail } from './problem.ts';

/** The media types a dataset may be posted as, by the loader's file extension. */
export function bodyFormat(contentType: string | undefined): 'json' | 'csv' | undefined {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/json' || /^application\/[\w.-]+\+json$/.test(type)) return 'json';
  if (type === 'text/csv' || type === 'application/csv') return 'csv';
  return undefined;
}

/** A loader problem as a problem detail: its place (file, row, column, field) and message. */
export function dataProblemDetail(problem: DataProblem): ProblemDetail {
  const place = [
    problem.file,
    problem.row === null ? '' : `row ${problem.row}`,
    problem.column === null ? '' : `column "${problem.column}"`,
    problem.field ? `field ${problem.field}` : '',
  ];
  return {
    path: place.filter(Boolean).join(', '),
    message: problem.message,
    code: problem.code,
    row: problem.row,
    column: problem.column,
    ...(problem.field ? { field: problem.field } : {}),
  };
}

function refuse(status: 400 | 415 | 422, code: string, detail: string, errors: ProblemDetail[] = []): never {
  throw new ApiProblem(status, code, detail, errors.length ? { errors } : {});
}

/** The caps on a posted dataset: units and framework nodes. */
function checkCaps(dataset: Dataset): void {
  if (dataset.units.length > MAX_UNITS)
    refuse(
      422,
      'too-many-units',
      `the dataset has ${dataset.units.length} units; the API scores at most ${MAX_UNITS} (the CLI has no cap)`,
    );
  if (dataset.framework.length > MAX_NODES)
    refuse(
      422,
      'too-many-nodes',
      `the framework has ${dataset.framework.length} nodes; the API takes at most ${MAX_NODES} (the CLI has no cap)`,
    );
}

/** A loaded posted dataset: the dataset, the loader's warnings and the role of each column. */
export interface LoadedPost {
  dataset: Dataset;
  warnings: DataProblem[];
  columns: ColumnReport[];
}

/** A posted dataset's text and media type, as read on the main thread before any parsing. */
export interface PostedDataset {
  format: 'json' | 'csv';
  text: string;
}

/** Reads a posted dataset's text: 415 for another media type, 400 for an empty body. */
export async function postedDataset(c: Context): Promise<PostedDataset> {
  const format = bodyFormat(c.req.header('Content-Type'));
  if (!format)
    refuse(
      415,
      'unsupported-media-type',
      "send the dataset as application/json (our layout or COINr's iData/iMeta) or text/csv (our units layout)",
    );
  const text = await c.req.text();
  if (text.trim() === '') refuse(400, 'empty-body', 'the request body is empty; send a dataset');
  return { format, text };
}

/**
 * Reads and loads a posted dataset in the request's own thread (415 another media type, 400 an
 * empty or unparsable body, 422 problems or over the caps); `POST /v1/score` instead reads it
 * with `postedDataset` and loads it in the app's executor with `loadPosted`.
 */
export async function datasetBody(c: Context): Promise<LoadedPost> {
  return loadPosted(await postedDataset(c));
}

/** Loads a posted dataset's text (see `datasetFromText`), named `body.json` or `body.csv`. */
export function loadPosted({ format, text }: PostedDataset): Promise<LoadedPost> {
  return datasetFromText(text, format, `body.${format}`);
}

/**
 * Loads dataset text through the data package's loader (JSON in our layout or COINr's, or CSV):
 * 400 when it does not even parse, 422 with every problem's place when it does not load or
 * exceeds the caps. Returns the dataset, the loader's warnings and column roles; `name` names the file in problems.
 */
export async function datasetFromText(
  text: string,
  format: 'json' | 'csv',
  name: string,
): Promise<LoadedPost> {
  const loaded = await loadDataset({ units: { name, text }, edition: { id: 'posted' } });
  if (!loaded.ok && loaded.problems.every((p) => p.code === 'parse-error')) {
    refuse(
      400,
      'malformed-body',
      `the body is not valid ${format.toUpperCase()}`,
      loaded.problems.map(dataProblemDetail),
    );
  }
  if (!loaded.ok)
    refuse(
      422,
      'invalid-data',
      `the dataset did not load: ${loaded.problems.length} problem(s), each listed with its place`,
      loaded.problems.map(dataProblemDetail),
    );
  checkCaps(loaded.dataset);
  return { dataset: loaded.dataset, warnings: loaded.warnings, columns: loaded.columns };
}
