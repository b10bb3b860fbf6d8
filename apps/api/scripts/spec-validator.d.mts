/** Checks one response against the OpenAPI document; returns the mismatches (empty when it conforms). */
export type ResponseCheck = (
  method: string,
  url: string,
  status: number,
  contentType: string | null,
  text: string,
) => string[];

/** A checker of responses against an OpenAPI 3.1 document, with ajv (JSON Schema 2020-12). */
export function responseValidator(doc: unknown): ResponseCheck;
