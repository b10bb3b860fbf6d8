import { fail } from '@sveltejs/kit';
import { scoreFiles } from '$lib/byod/score-files';
import type { Actions } from './$types';

/** The file size the no-JavaScript upload accepts (the browser path has no limit of ours). */
const MAX_BYTES = 512 * 1024;

export const actions: Actions = {
  /** Scores uploaded files on the server: the fallback when the browser runs no JavaScript. */
  score: async ({ request }) => {
    const form = await request.formData();
    const files = form.getAll('file').filter((f): f is File => f instanceof File && f.size > 0);
    const big = files.find((f) => f.size > MAX_BYTES);
    if (big)
      return fail(413, {
        outcome: {
          ok: false as const,
          problems: [
            {
              file: big.name,
              row: null,
              column: null,
              message: `the file is larger than ${MAX_BYTES / 1024} KB`,
            },
          ],
        },
      });
    const sources = await Promise.all(
      files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
    );
    const outcome = await scoreFiles(sources);
    return outcome.ok ? { outcome } : fail(400, { outcome });
  },
};
