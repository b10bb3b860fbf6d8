import { didYouMean } from '@smartcities/core';
import type { Context } from 'hono';
import { ApiProblem } from './problem.ts';
import { mountPrefix } from './mount-prefix.ts';
import { problemResponse } from './problem-response.ts';

/** A 404 problem for a path no route serves, suggesting the closest known path. */
export function notFoundHandler(paths: () => readonly string[]) {
  return (c: Context): Response => {
    const path = new URL(c.req.url).pathname;
    const prefix = mountPrefix(c);
    const match = didYouMean(path, paths());
    const guess = match === undefined ? undefined : `${prefix}${match}`;
    const hint = guess ? `; did you mean ${guess}?` : '; see openapi.json for the routes';
    return problemResponse(
      c,
      new ApiProblem(
        404,
        'not-found',
        `no route for ${c.req.method} ${prefix}${path}${hint}`,
        guess ? { suggestion: guess } : {},
      ),
    );
  };
}
