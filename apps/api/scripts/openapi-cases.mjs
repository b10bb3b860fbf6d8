// Requests generated from the OpenAPI document with fast-check: every operation, its path and
// query parameters and its request body drawn from their schemas, mixed with hostile values
// (prototype keys, hex and huge numbers, deep nesting, wrong types, unknown parameters).
// Shared by scripts/fuzz.mjs (against the built server) and test/fuzz-openapi.test.ts.
import fc from 'fast-check';

const hostileStrings = [
  '',
  ' ',
  '__proto__',
  'constructor',
  'toString',
  '0x10',
  '0b11',
  '1e308',
  '-1e308',
  '1e999',
  'NaN',
  'Infinity',
  '-0',
  '155',
  '160',
  '%00',
  '\u0000',
  'é中文',
  '[]',
  '{}',
  '{"lower":-1e308,"upper":1e308}',
  'economy:1e308,infrastructure:1e308',
  'economy:0x10',
  'a'.repeat(300),
];
const hostileNumbers = [0, -1, 1e308, -1e308, 2 ** 53, 0.5, 1e-300, 155, 160, 2001, 513, 1001, 100_000];
const hostileKeys = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'];
const ids = [
  'london',
  'tokyo',
  'new-york',
  'paris',
  'lodnon',
  'x',
  '__proto__',
  '..',
  '%2e%2e',
  'a'.repeat(200),
];

/** A JSON value nested `depth` arrays deep. */
const nested = (depth, inner = 1) => {
  let value = inner;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};
const hostileValue = fc.oneof(
  fc.constantFrom(...hostileStrings),
  fc.constantFrom(...hostileNumbers),
  fc.constantFrom(null, true, [], {}),
  fc.integer({ min: 60, max: 200 }).map((d) => nested(d)),
  fc.dictionary(fc.constantFrom(...hostileKeys), fc.integer()),
);

/** Resolves a local $ref. */
function resolve(doc, schema) {
  let s = schema;
  for (let i = 0; s?.$ref && i < 20; i++)
    s = s.$ref
      .slice(2)
      .split('/')
      .reduce((o, k) => o?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
  return s ?? {};
}

/** An arbitrary of values valid (mostly) for a JSON schema, with hostile values mixed in. */
export function fromSchema(doc, schema, depth = 0) {
  const s = resolve(doc, schema);
  const valid = validFromSchema(doc, s, depth);
  // hostile values now and then: often at the top, rarely deeper, so that many bodies stay valid
  return fc.oneof({ arbitrary: valid, weight: depth === 0 ? 6 : 60 }, { arbitrary: hostileValue, weight: 1 });
}

function validFromSchema(doc, s, depth) {
  if (depth > 6) return fc.constant(null);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((a) => fromSchema(doc, a, depth + 1)));
  if (s.allOf) return fromSchema(doc, s.allOf[0], depth + 1);
  if (s.enum) return fc.constantFrom(...s.enum);
  if ('const' in s) return fc.constant(s.const);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  if (type === 'integer')
    return fc.integer({ min: Math.max(s.minimum ?? -1000, -1e6), max: Math.min(s.maximum ?? 1000, 1e6) });
  if (type === 'number')
    return fc.double({ min: s.minimum ?? -1e6, max: s.maximum ?? 1e6, noNaN: true, noDefaultInfinity: true });
  if (type === 'boolean') return fc.boolean();
  if (type === 'string') return fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...ids));
  if (type === 'array') return fc.array(fromSchema(doc, s.items ?? {}, depth + 1), { maxLength: 4 });
  if (type === 'object' || s.properties) {
    const props = Object.fromEntries(
      Object.entries(s.properties ?? {}).map(([k, v]) => [k, fromSchema(doc, v, depth + 1)]),
    );
    return fc.record(props, { requiredKeys: (s.required ?? []).filter((k) => k in props) });
  }
  return fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.constant(null));
}

/** A query-parameter value: from its schema's enum or example, or a hostile string. */
function paramValue(doc, param) {
  const s = resolve(doc, param.schema ?? {});
  const examples = [s.example, param.example].filter((e) => e !== undefined).map(String);
  return fc.oneof(
    { arbitrary: s.enum ? fc.constantFrom(...s.enum.map(String)) : fc.string({ maxLength: 10 }), weight: 3 },
    {
      arbitrary: examples.length ? fc.constantFrom(...examples) : fc.constantFrom('1', 'geometric'),
      weight: 3,
    },
    { arbitrary: fc.constantFrom(...hostileStrings), weight: 2 },
  );
}

/** The request body of an operation: JSON from its schema, CSV text, or something broken. */
function bodyOf(doc, op) {
  const content = op.requestBody?.content;
  if (!content) return fc.constant(undefined);
  const options = [];
  if (content['application/json']) {
    const json = fromSchema(doc, content['application/json'].schema ?? {});
    options.push(json.map((value) => ({ type: 'application/json', text: JSON.stringify(value) ?? 'null' })));
    options.push(
      fc
        .record({
          units: fc.array(
            fc.dictionary(
              fc.oneof(fc.constantFrom('id', 'name', ...hostileKeys), fc.string({ maxLength: 5 })),
              hostileValue,
            ),
            { maxLength: 4 },
          ),
        })
        .map((value) => ({ type: 'application/json', text: JSON.stringify(value) })),
    );
  }
  if (content['text/csv'])
    options.push(
      fc
        .array(
          fc.array(
            fc.oneof(
              fc.constantFrom(...hostileStrings, ...hostileKeys),
              fc.double({ noNaN: true }).map(String),
            ),
            { minLength: 1, maxLength: 4 },
          ),
          { maxLength: 5 },
        )
        .map((rows) => ({
          type: 'text/csv',
          text: ['id,name,x,y', ...rows.map((r, i) => [`u${i}`, ...r].join(','))].join('\n'),
        })),
    );
  options.push(
    fc.constantFrom(
      { type: 'application/json', text: '{"units":' },
      { type: 'text/plain', text: 'x' },
      { type: 'application/json', text: '' },
    ),
  );
  return fc.oneof(...options);
}

/** An arbitrary of requests for one operation. */
function operationRequest(doc, template, method, op) {
  const params = (op.parameters ?? []).filter((p) => p.in === 'query');
  const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path');
  const query = fc
    .subarray(params, { maxLength: Math.min(5, params.length) })
    .chain((chosen) =>
      fc.tuple(
        ...chosen.map((p) => paramValue(doc, p).map((v) => [p.name, v])),
        fc.option(
          fc.tuple(
            fc.constantFrom('pilar', '__proto__', 'x.y', 'format'),
            fc.constantFrom(...hostileStrings),
          ),
          { freq: 8 },
        ),
      ),
    );
  const path = fc.tuple(...pathParams.map(() => fc.constantFrom(...ids))).map((values) => {
    let p = template;
    pathParams.forEach((param, i) => (p = p.replace(`{${param.name}}`, encodeURIComponent(values[i]))));
    return p;
  });
  const verb = fc.oneof(
    { arbitrary: fc.constant(method.toUpperCase()), weight: 12 },
    fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'PURGE'),
  );
  return fc
    .record({
      verb,
      path,
      query: fc.oneof(fc.constant([]), query),
      body: bodyOf(doc, op),
      accept: fc.constantFrom(undefined, 'text/csv', 'application/json', '*/*', 'image/png'),
    })
    .map(({ verb, path, query, body, accept }) => {
      const search = new URLSearchParams(query.filter(Boolean).map(([k, v]) => [k, v])).toString();
      const headers = {
        ...(accept ? { Accept: accept } : {}),
        ...(body && verb !== 'GET' && verb !== 'HEAD' ? { 'Content-Type': body.type } : {}),
      };
      return {
        method: verb,
        path: search ? `${path}?${search}` : path,
        headers,
        body: verb === 'GET' || verb === 'HEAD' ? undefined : body?.text,
      };
    });
}

/** An arbitrary of requests over every operation of the document (analyses drawn less often: they are the costly ones). */
export function requestArbitrary(doc) {
  const ops = Object.entries(doc.paths).flatMap(([template, item]) =>
    Object.entries(item).map(([method, op]) => ({
      weight: method === 'post' && template !== '/v1/score' ? 1 : 4,
      arbitrary: operationRequest(doc, template, method, op),
    })),
  );
  return fc.oneof(...ops);
}

/** `count` requests drawn from the document with fast-check, reproducibly from `seed` (in chunks of 500). */
export function* openApiCases(doc, seed, count) {
  const arbitrary = requestArbitrary(doc);
  for (let start = 0; start < count; start += 500)
    yield* fc.sample(arbitrary, { seed: seed * 1_000_003 + start, numRuns: Math.min(500, count - start) });
}
