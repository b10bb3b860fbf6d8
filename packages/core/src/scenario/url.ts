import type { Issue } from '../errors.ts';
import { canonicalJson } from '@smartcities/data/canonical-json';
import { defaultScenario } from './default.ts';
import { parseScenario, type ParsedScenario } from './parse.ts';
import type { DataSteps, Scenario } from './schema.ts';

const encode = (text: string) => encodeURIComponent(text).replace(/%2C/g, ',').replace(/%3A/g, ':');
const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/**
 * The compact URL form of a scenario: only what differs from the default, as query parameters
 * `n` (normalisation, `n.<param>`), `a` (aggregation, `a.<level>`, `a.p`, `a.min`, `a.np`),
 * `w` (`id:weight,…`), `x` (excluded ids), `r` (rescale), `t` (`mean-sd:k` or `quantile:lo,hi`), and
 * the data steps under the CLI's flag names: `impute`, `impute-group`, `min-availability`, `treat`.
 * The default scenario is the empty string. `scenarioFromQuery` reads it back exactly.
 * @example scenarioToQuery(defineScenario({ aggregation: { method: 'geometric' } })) // "a=geometric"
 */
export function scenarioToQuery(scenario: Scenario): string {
  const parts: [string, string][] = [];
  const { normalisation: n, aggregation: a } = scenario;
  if (n.method !== defaultScenario.normalisation.method) parts.push(['n', n.method]);
  for (const [key, value] of Object.entries(n.params)) {
    if (value !== undefined)
      parts.push([`n.${key}`, typeof value === 'object' ? JSON.stringify(value) : String(value)]);
  }
  if (a.method !== defaultScenario.aggregation.method) parts.push(['a', a.method]);
  for (const [level, method] of Object.entries(a.levels)) parts.push([`a.${level}`, method]);
  if (a.p !== undefined) parts.push(['a.p', String(a.p)]);
  if (a.minAvailability !== undefined) parts.push(['a.min', String(a.minAvailability)]);
  if (a.nonPositive !== undefined) parts.push(['a.np', a.nonPositive]);
  const weights = Object.entries(scenario.weights);
  if (weights.length > 0) parts.push(['w', weights.map(([id, w]) => `${id}:${w}`).join(',')]);
  if (scenario.exclude.length > 0) parts.push(['x', scenario.exclude.join(',')]);
  if (scenario.rescale !== defaultScenario.rescale) parts.push(['r', scenario.rescale]);
  if (!same(scenario.tiers, defaultScenario.tiers)) parts.push(['t', tierText(scenario.tiers)]);
  parts.push(...dataStepParams(scenario.data));
  return parts.map(([k, v]) => `${k}=${encode(v)}`).join('&');
}

/** The data steps as `impute`, `impute-group`, `min-availability` and `treat` parameters. */
function dataStepParams(data: DataSteps | undefined): [string, string][] {
  if (!data) return [];
  const parts: [string, string][] = [];
  if (data.impute !== 'none') parts.push(['impute', data.impute]);
  if (data.imputeGroup !== undefined) parts.push(['impute-group', data.imputeGroup]);
  if (data.minAvailability) parts.push(['min-availability', String(data.minAvailability)]);
  if (data.treat !== 'none') parts.push(['treat', data.treat]);
  return parts;
}

/** The query parameters of the data steps, and the field each sets. */
const dataParams: Record<string, keyof DataSteps> = {
  impute: 'impute',
  'impute-group': 'imputeGroup',
  'min-availability': 'minAvailability',
  treat: 'treat',
};

function tierText(tiers: Scenario['tiers']): string {
  return tiers.rule === 'mean-sd' ? `mean-sd:${tiers.k}` : `quantile:${tiers.probs.join(',')}`;
}

/** True when a query parameter belongs to the scenario's URL form. */
export function isScenarioParam(key: string): boolean {
  if (Object.hasOwn(dataParams, key)) return true;
  return /^(n|a|w|x|r|t)(\..+)?$/.test(key) && !/^(w|x|r|t)\./.test(key);
}

/**
 * Reads a scenario from its URL form; parameters that are not part of it (such as `lang`) are
 * ignored. Every problem is returned with the parameter it came from (`?w`, `?a.pillars`).
 */
export function scenarioFromQuery(query: string | URLSearchParams): ParsedScenario {
  const params = typeof query === 'string' ? new URLSearchParams(query.replace(/^\?/, '')) : query;
  const issues: Issue[] = [];
  const input: QueryInput = {
    normalisation: { params: Object.create(null) as Record<string, unknown> },
    aggregation: { levels: Object.create(null) as Record<string, string> },
  };
  for (const [key, value] of params) {
    if (isScenarioParam(key)) readParam(input, key, value, issues);
  }
  if (issues.length > 0) return { ok: false, issues };
  const parsed = parseScenario(input);
  if (parsed.ok) return parsed;
  return {
    ok: false,
    issues: parsed.issues.map((issue) => ({ ...issue, path: `?${queryKeyFor(issue.path)} (${issue.path})` })),
  };
}

/** The scenario input being assembled from query parameters, before validation. */
interface QueryInput {
  normalisation: { method?: string; params: Record<string, unknown> };
  aggregation: {
    method?: string;
    levels: Record<string, string>;
    p?: number;
    minAvailability?: number;
    nonPositive?: string;
  };
  weights?: Record<string, number>;
  exclude?: string[];
  rescale?: string;
  tiers?: unknown;
  data?: Record<string, unknown>;
}

/** A decimal number as written in a URL (`2`, `-0.5`, `1e3`); hex, binary, blanks and Infinity are not. */
const decimalPattern = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The value of a decimal number, or NaN for anything else (including overflow to Infinity). */
function decimal(text: string): number {
  const value = decimalPattern.test(text) ? Number(text) : NaN;
  return Number.isFinite(value) ? value : NaN;
}

/** Keys that would reach an object's prototype machinery; refused as ids and parameter names. */
const reserved = new Set(['__proto__', 'constructor', 'prototype']);

function readParam(input: QueryInput, key: string, value: string, issues: Issue[]): void {
  const bad = (message: string) => issues.push({ code: 'bad-query', path: `?${key}`, message });
  if (Object.hasOwn(dataParams, key)) return readDataParam(input, key, value, bad);
  const number = (text: string) => {
    const read = decimal(text);
    if (Number.isNaN(read)) bad(`expected a finite decimal number, got "${text}"`);
    return read;
  };
  const [head, ...rest] = key.split('.');
  const sub = rest.join('.');
  if (reserved.has(sub)) bad(`"${sub}" is not a parameter name`);
  else if (head === 'n' && !sub) input.normalisation.method = value;
  else if (head === 'n') input.normalisation.params[sub] = scalar(value);
  else if (head === 'a' && !sub) input.aggregation.method = value;
  else if (head === 'a' && sub === 'p') input.aggregation.p = number(value);
  else if (head === 'a' && sub === 'min') input.aggregation.minAvailability = number(value);
  else if (head === 'a' && sub === 'np') input.aggregation.nonPositive = value;
  else if (head === 'a') input.aggregation.levels[sub] = value;
  else if (head === 'w') input.weights = readWeights(value, bad);
  else if (head === 'x') input.exclude = value.split(',').filter(Boolean);
  else if (head === 'r') input.rescale = value;
  else if (head === 't') input.tiers = readTiers(value, bad);
}

function readDataParam(input: QueryInput, key: string, value: string, bad: (m: string) => void): void {
  const field = dataParams[key]!;
  input.data ??= {};
  if (field !== 'minAvailability') input.data[field] = value;
  else if (!Number.isNaN(decimal(value))) input.data[field] = decimal(value);
  else bad(`expected a share between 0 and 1, got "${value}"`);
}

function scalar(value: string): unknown {
  if (value === 'true' || value === 'false') return value === 'true';
  if (value.startsWith('{')) {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return Number.isNaN(decimal(value)) ? value : decimal(value);
}

function readWeights(value: string, bad: (m: string) => void): Record<string, number> {
  const weights: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const pair of value.split(',').filter(Boolean)) {
    const [id, w] = pair.split(/[:=]/);
    const number = decimal(w ?? '');
    if (!id || Number.isNaN(number)) bad(`expected id:weight, got "${pair}"`);
    else if (reserved.has(id)) bad(`"${id}" is not a node id`);
    else weights[id] = number;
  }
  return weights;
}

function readTiers(value: string, bad: (m: string) => void): unknown {
  const [rule, args = ''] = value.split(':');
  const numbers = args.split(',').filter(Boolean).map(decimal);
  if (numbers.some((x) => Number.isNaN(x)))
    bad(`expected finite decimal numbers after "${rule}:", got "${args}"`);
  if (rule === 'mean-sd') return numbers.length ? { rule, k: numbers[0] } : { rule };
  if (rule === 'quantile') return numbers.length ? { rule, probs: numbers } : { rule };
  return { rule };
}

/**
 * The query parameter of the URL form that carries a scenario field path.
 * @example queryKeyFor('weights.economy') // "w"; queryKeyFor('aggregation.levels.pillars') // "a.pillars"
 */
export function queryKeyFor(path: string): string {
  const [top, second, third] = path.split('.');
  if (top === 'normalisation') return second === 'params' && third ? `n.${third}` : 'n';
  if (top === 'data') {
    const entry = Object.entries(dataParams).find(([, field]) => field === second);
    return entry?.[0] ?? 'impute';
  }
  if (top === 'aggregation') {
    if (second === 'levels' && third) return `a.${third}`;
    return (
      ({ p: 'a.p', minAvailability: 'a.min', nonPositive: 'a.np' } as Record<string, string>)[second ?? ''] ??
      'a'
    );
  }
  return (
    ({ weights: 'w', exclude: 'x', rescale: 'r', tiers: 't' } as Record<string, string>)[top ?? ''] ??
    top ??
    ''
  );
}
