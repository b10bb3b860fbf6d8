import { z } from 'zod';

/** The file formats the loaders read. */
export const dataFormatSchema = z.enum(['csv', 'json', 'xlsx', 'unknown']);

export type DataFormat = z.infer<typeof dataFormatSchema>;

const byExtension: Readonly<Record<string, DataFormat>> = {
  csv: 'csv',
  txt: 'csv',
  json: 'json',
  xlsx: 'xlsx',
};

/**
 * The format of a file from its name's extension (case-insensitive): `.csv`/`.txt` → csv,
 * `.json` → json, `.xlsx` → xlsx, anything else → unknown.
 * @example detectFormat('Data/iMeta.CSV') // 'csv'
 */
export function detectFormat(filename: string): DataFormat {
  const extension = /\.([^./\\]+)$/.exec(filename)?.[1]?.toLowerCase() ?? '';
  return byExtension[extension] ?? 'unknown';
}
