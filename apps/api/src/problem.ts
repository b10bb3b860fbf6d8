import { z } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** One precise problem with the request, naming the field or query parameter it came from. */
export const problemDetailSchema = z
  .object({
    path: z.string().openapi({ example: '?a' }),
    message: z.string(),
    code: z.string(),
    row: z
      .number()
      .int()
      .nullable()
      .optional()
      .openapi({ description: 'for a posted dataset: the 1-based row (header = 1) or JSON array position' }),
    column: z
      .string()
      .nullable()
      .optional()
      .openapi({ description: 'for a posted dataset: the column header' }),
    field: z.string().optional().openapi({ description: 'for a posted JSON dataset: the field path' }),
  })
  .openapi('ProblemDetail');

/** An RFC 9457 problem document, with our request id and, where useful, the field problems and a suggestion. */
export const problemSchema = z
  .object({
    type: z.string().openapi({ example: 'urn:smartcities:problem:not-found' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z.array(problemDetailSchema).optional(),
    suggestion: z.string().optional(),
  })
  .openapi('Problem');

export type Problem = z.infer<typeof problemSchema>;
export type ProblemDetail = z.infer<typeof problemDetailSchema>;

const titles: Record<number, string> = {
  400: 'Bad request',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  413: 'Content too large',
  414: 'URI too long',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  500: 'Internal server error',
  501: 'Not implemented',
  503: 'Service unavailable',
};

/** The title of a status, as problem documents give it. */
export function statusTitle(status: number): string {
  return titles[status] ?? (status >= 500 ? 'Server error' : 'Client error');
}

/**
 * The one exception of the API: an expected failure carrying its problem document. Thrown by
 * handlers and validation hooks, turned into `application/problem+json` by the app's onError.
 * @example throw new ApiProblem(404, 'not-found', 'no city "lodnon"', { suggestion: 'london' })
 */
export class ApiProblem extends HTTPException {
  readonly code: string;
  readonly extra: Pick<Problem, 'errors' | 'suggestion'>;
  readonly headers: Record<string, string>;

  constructor(
    status: ContentfulStatusCode,
    code: string,
    detail: string,
    extra: Pick<Problem, 'errors' | 'suggestion'> & { headers?: Record<string, string> } = {},
  ) {
    super(status, { message: detail });
    const { headers = {}, ...rest } = extra;
    this.code = code;
    this.extra = rest;
    this.headers = headers;
  }

  /** The problem document for this failure. */
  toProblem(instance: string, requestId: string | undefined): Problem {
    const status = this.status;
    return {
      type: `urn:smartcities:problem:${this.code}`,
      title: statusTitle(status),
      status,
      detail: this.message,
      instance,
      requestId,
      ...this.extra,
    };
  }
}
