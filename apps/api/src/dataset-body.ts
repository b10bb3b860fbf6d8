import type { Dataset } from '@smartcities/data/schema';
import { loadDataset, type Problem as DataProblem } from '@smartcities/data/load';
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

/**
 * Reads a posted dataset (JSON in our layout or COINr's, or CSV) through the data package's
 * loader: 415 for another media type, 400 for an empty body, 422 with every problem's place for
 * data that parses but does not load (400 when it does not even parse) or exceeds the caps. Returns the dataset and the loader's warnings.
 */
export async function datasetBody(c: Context): Promise<{ dataset: Dataset; warnings: DataProblem[] }> {
  const format = bodyFormat(c.req.header('Content-Type'));
  if (!format)
    refuse(
      415,
      'unsupported-media-type',
      "send the dataset as application/json (our layout or COINr's iData/iMeta) or text/csv (our units layout)",
    );
  const text = await c.req.text();
  if (text.trim() === '') refuse(400, 'empty-body', 'the request body is empty; send a dataset');
  return datasetFromText(text, format, `body.${format}`);
}

/** Loads dataset text as `datasetBody` does (400 unparsable, 422 problems or over the caps), naming it `name`. */
export async function datasetFromText(
  text: string,
  format: 'json' | 'csv',
  name: string,
): Promise<{ dataset: Dataset; warnings: DataProblem[] }> {
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
  return { dataset: loaded.dataset, warnings: loaded.warnings };
}
