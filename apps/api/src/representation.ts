import { hashText } from '@smartcities/data/hash';
import { flattenRecord, toCsv } from '@smartcities/data/write';
import type { Format } from './format.ts';

/** A computed response body, ready to send again: its bytes, media type and entity tag. */
export interface Representation {
  body: string;
  contentType: string;
  etag: string;
}

/**
 * Renders a resource in the asked format: the JSON document, or its rows as CSV (computed
 * lazily, so the JSON path never builds them) by data's one CSV writer, nested objects as dotted columns. The ETag is a hash of the body.
 * @example representation('csv', { rows }, () => rows)
 */
export function representation(
  format: Format,
  json: unknown,
  rows: () => readonly unknown[],
): Representation {
  const body = format === 'csv' ? toCsv(rows().map((row) => flattenRecord(row))) : JSON.stringify(json);
  const contentType =
    format === 'csv' ? 'text/csv; charset=utf-8; header=present' : 'application/json; charset=utf-8';
  return { body, contentType, etag: `"${hashText(body)}"` };
}
