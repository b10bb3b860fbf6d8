import { createRoute } from '@hono/zod-openapi';
import { citeBibtex, citeRis, citeText, cslJson, sourceLine } from '@smartcities/data/source';
import { edition, editionKey } from '../edition.ts';
import { representation } from '../representation.ts';
import { cacheable, problems } from '../responses.ts';
import { createRouter } from '../router.ts';
import { strictQuery } from '../scenario-query.ts';
import { sourceResponseSchema } from '../schemas/source.ts';
import { sendCached } from '../send-cached.ts';

const route = createRoute({
  method: 'get',
  path: '/source',
  tags: ['Replication'],
  summary: 'The report this edition reproduces, and how to cite it',
  description:
    "Global Smart Cities 2020: titles in English and Chinese, institutions, report team, year, where it is available, the report's rights and the terms of our own files, with a one-line source note and citations as text, BibTeX, RIS and CSL-JSON.",
  request: { query: strictQuery({}) },
  responses: { ...cacheable(sourceResponseSchema, 'The source record (JSON only)'), ...problems(400) },
});

/** GET /source. */
export const source = createRouter().openapi(route, (c) =>
  sendCached(c, `${editionKey}|source`, () => {
    const s = edition.source;
    const body = {
      edition: edition.ref.id,
      source: s,
      line: { en: sourceLine(s, 'en'), zh: sourceLine(s, 'zh') },
      citations: { text: citeText(s), bibtex: citeBibtex(s), ris: citeRis(s), cslJson: cslJson(s) },
    };
    return representation('json', body, () => []);
  }),
);
