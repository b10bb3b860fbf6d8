import { error } from '@sveltejs/kit';
import { downloadExport } from '$lib/server/download-export';
import { downloadFormatSchema } from '$lib/server/download-ranking';
import type { RequestHandler } from './$types';

/** GET /data/export.json|csv|xlsx: the dataset with its results, optionally under a scenario in the query. */
export const GET: RequestHandler = ({ params, url }) => {
  const format = downloadFormatSchema.safeParse(params.format);
  if (!format.success)
    error(404, { message: `no export in the format "${params.format}"; expected csv, json or xlsx` });
  return downloadExport(format.data, url.searchParams);
};
