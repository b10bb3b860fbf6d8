import type { FuzzCase } from './fuzz-cases.mjs';

/** `count` requests drawn from an OpenAPI document with fast-check, reproducibly from `seed`. */
export function openApiCases(doc: unknown, seed: number, count: number): Generator<FuzzCase>;
