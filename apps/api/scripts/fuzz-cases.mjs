// Malformed requests for the API, drawn from a seeded generator so that every failure reproduces
// from its seed and index. Shared by scripts/fuzz.mjs (against the built server) and the bounded
// fuzz test in vitest (through app.request).

/** mulberry32: a tiny seeded generator of numbers in [0, 1). */
export function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const routes = [
  '/v1/health',
  '/v1/framework',
  '/v1/cities',
  '/v1/cities/london',
  '/v1/cities/{id}/what-it-takes',
  '/v1/rankings',
  '/v1/reputation',
  '/v1/verify',
  '/v1/errata',
  '/v1/score',
  '/v1/uncertainty',
  '/v1/sensitivity',
  '/openapi.json',
  '/docs',
  '/docs/app.js',
  '/',
];
const keys = [
  'pillar',
  'format',
  'rank',
  'tier',
  'table',
  'city',
  'n',
  'n.lower',
  'n.upper',
  'n.sd',
  'n.target',
  'n.reference',
  'n.goalposts',
  'n.capMax',
  'a',
  'a.index',
  'a.pillars',
  'a.level-2',
  'a.level-9',
  'a.p',
  'a.min',
  'a.np',
  'w',
  'x',
  'r',
  't',
  'w.x',
  'n.',
  'a.',
  '',
  '__proto__',
  'constructor',
  'toString',
];
const ids = [
  'london',
  'economy',
  'index',
  'mobile-phone',
  'open-data',
  'innovation',
  'LONDON',
  'lodnon',
  'cairo',
  '',
  ' ',
  '..',
  '%',
  '__proto__',
];
const junk = [
  '',
  ' ',
  '0',
  '-0',
  '-1',
  '1e309',
  '-1e309',
  'NaN',
  'Infinity',
  '1e-320',
  '0x10',
  '9007199254740993',
  'true',
  'null',
  '{',
  '{"lower":',
  '{"lower":1,"upper":0}',
  '[]',
  '[1,2]',
  '{}',
  ':',
  ',',
  ',,,',
  ':::',
  'a:b:c',
  '%zz',
  '%00',
  '%ff%fe',
  '%c0%af',
  '\u00e9',
  '\u{1F3D9}',
  '\uFFFD',
  '<script>',
  "' OR 1=1",
  '../../etc/passwd',
  'x'.repeat(3000),
  '1'.repeat(400),
];
const methods = ['GET', 'GET', 'GET', 'HEAD', 'POST', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];
const types = [
  'application/json',
  'text/csv',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=latin1',
  'application/problem+json',
  'text/csv; header=absent',
  '*/*',
  'garbage',
];
const accepts = [
  '*/*',
  'text/csv',
  'application/json',
  'text/csv;q=0',
  'text/*;q=0.5, application/*',
  'image/png',
  ';;;,,,q=',
  'text/csv;q=abc',
];

const pick = (random, list) => list[Math.floor(random() * list.length)];
const enc = (text) => encodeURIComponent(text).replace(/%2C/g, ',').replace(/%3A/g, ':');

function value(random) {
  const r = random();
  if (r < 0.35) return pick(random, junk);
  if (r < 0.55) return pick(random, ids);
  if (r < 0.7)
    return Array.from(
      { length: 1 + Math.floor(random() * 6) },
      () => `${pick(random, ids)}:${pick(random, junk)}`,
    ).join(',');
  if (r < 0.8)
    return pick(random, [
      'geometric',
      'harmonic',
      'generalised',
      'median',
      'copeland',
      'min-max',
      'z-score',
      'goalposts',
      'distance-to-reference',
      'distance-to-target',
      'rank',
      'borda',
      'none',
      'quantile:0.9,0.1',
      'quantile:',
      'mean-sd:0',
      'mean-sd:-1',
      'quantile:0,1',
      'shift',
      'error',
    ]);
  if (r < 0.9) return String((random() - 0.5) * 10 ** Math.floor(random() * 12));
  return pick(random, ids.slice(0, 7)).concat(
    ',',
    pick(random, ids.slice(0, 7)),
    ',',
    'infrastructure,economy,service,governance,innovation',
  );
}

const normalisations = [
  'as-published',
  'min-max',
  'z-score',
  'goalposts',
  'distance-to-max',
  'distance-to-reference',
  'distance-to-target',
  'fraction-of-max',
  'percentile-rank',
  'rank',
  'borda',
  'minmx',
];
const aggregations = ['arithmetic', 'geometric', 'harmonic', 'generalised', 'median', 'copeland', 'geo'];
const numbers = ['0', '-1', '1', '0.5', '1e-300', '1e300', '-0', '100', '2', '-3'];
const nodes = [
  'index',
  'infrastructure',
  'economy',
  'service',
  'governance',
  'innovation',
  'mobile-phone',
  'open-data',
  'data-center',
  'human-skills',
  'sustainability',
];

/** A query that is well formed but stresses the engine: method mixes, extreme numbers, weights of zero, everything excluded. */
function scenarioQuery(random) {
  const parts = [];
  if (random() < 0.6) parts.push(`n=${pick(random, normalisations)}`);
  if (random() < 0.4)
    parts.push(
      `n.${pick(random, ['lower', 'upper', 'mean', 'sd', 'scale', 'target', 'reference', 'capMax', 'truncate'])}=${pick(random, [...numbers, ...nodes, 'true', 'london'])}`,
    );
  if (random() < 0.2)
    parts.push(
      `n.goalposts=${enc(JSON.stringify({ lower: Number(pick(random, numbers)), upper: Number(pick(random, numbers)) }))}`,
    );
  if (random() < 0.6) parts.push(`a=${pick(random, aggregations)}`);
  if (random() < 0.3)
    parts.push(`a.${pick(random, ['index', 'pillars', 'level-2', 'level-3'])}=${pick(random, aggregations)}`);
  if (random() < 0.3) parts.push(`a.p=${pick(random, numbers)}`);
  if (random() < 0.2) parts.push(`a.min=${pick(random, ['0', '0.5', '1', '1.5', '-1'])}`);
  if (random() < 0.2) parts.push(`a.np=${pick(random, ['error', 'shift', 'x'])}`);
  if (random() < 0.4)
    parts.push(
      `w=${Array.from({ length: 1 + Math.floor(random() * 5) }, () => `${pick(random, nodes)}:${pick(random, numbers)}`).join(',')}`,
    );
  if (random() < 0.3)
    parts.push(
      `x=${Array.from({ length: 1 + Math.floor(random() * 6) }, () => pick(random, nodes)).join(',')}`,
    );
  if (random() < 0.2) parts.push(`r=${pick(random, ['none', 'leader-100', 'x'])}`);
  if (random() < 0.3)
    parts.push(
      `t=${pick(random, ['mean-sd:0.5', 'mean-sd:3', 'mean-sd:100', 'quantile:0,1', 'quantile:0.5,0.5', 'quantile:0.1,0.9', 'quantile:0.9,0.1', 'mean-sd:-1'])}`,
    );
  if (random() < 0.3) parts.push(`pillar=${pick(random, nodes)}`);
  if (random() < 0.3)
    parts.push(
      `${pick(random, ['rank', 'tier'])}=${pick(random, ['1', '0', '21', '-1', '1.5', 'leading', 'following', 'x'])}`,
    );
  if (random() < 0.2) parts.push(`format=${pick(random, ['csv', 'json'])}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

function query(random) {
  if (random() < 0.5) return scenarioQuery(random);
  const n = Math.floor(random() * 5);
  const parts = Array.from({ length: n }, () => {
    const key = random() < 0.9 ? pick(random, keys) : pick(random, junk).slice(0, 20);
    return random() < 0.85
      ? `${enc(key)}=${enc(value(random))}`
      : pick(random, ['%zz=1', '=', '&&&', 'a=%', 'w=%E0%A4%A', '%00=%00', `${enc(key)}`]);
  });
  return parts.length ? `?${parts.join('&')}` : '';
}

function path(random) {
  const r = random();
  const route = pick(random, routes).replace(
    '{id}',
    random() < 0.7 ? enc(pick(random, ids)) : pick(random, ['%zz', '%2F', '..', '%00', 'x'.repeat(500)]),
  );
  if (r < 0.75) return route;
  if (r < 0.85) return route + pick(random, ['/', '//', '/..', '/%2e%2e', '/extra', '.json', '%20', '/%ff']);
  if (r < 0.95)
    return (
      '/' +
      Array.from(
        { length: 1 + Math.floor(random() * 4) },
        () => enc(pick(random, junk)).slice(0, 200) || 'x',
      ).join('/')
    );
  return pick(random, [
    '/v1',
    '/v1/',
    '/v2/rankings',
    '//v1/rankings',
    '/V1/RANKINGS',
    '/v1/cities/',
    '/v1/cities/london/',
    '/v1/cities/london/what-it-takes/x',
    '/api/v1/health',
    '/*',
    '/v1/*',
  ]);
}

function deepJson(depth) {
  return '['.repeat(depth) + ']'.repeat(depth);
}

function jsonBody(random) {
  const r = random();
  if (r < 0.1) return deepJson(1000 + Math.floor(random() * 20000));
  if (r < 0.2) return '{"units":' + '['.repeat(50) + '"x"' + ']'.repeat(50) + '}';
  if (r < 0.3 && random() < 0.5)
    return JSON.stringify({
      ...(random() < 0.3
        ? {
            scenario: pick(random, [
              'a=geometric',
              'n=z-score',
              'x=economy',
              { rescale: 'none' },
              { weights: { economy: 0 } },
            ]),
          }
        : {}),
      spec: {
        runs: pick(random, [1, 10, 50]),
        samples: pick(random, [16, 32]),
        bootstrap: pick(random, [0, 5]),
        seed: pick(random, [1, 'x', -5]),
        weightNoise: { pillars: pick(random, [0, 0.5, 1]), indicators: pick(random, [0, 0.3, 1]) },
        normalisation:
          random() < 0.5
            ? ['min-max', pick(random, ['z-score', 'rank', 'borda', 'goalposts', 'distance-to-reference'])]
            : undefined,
        aggregation:
          random() < 0.5
            ? ['arithmetic', pick(random, ['geometric', 'harmonic', 'copeland', 'median', 'generalised'])]
            : undefined,
        dropOne: random() < 0.5,
      },
    });
  if (r < 0.3)
    return (
      '{"spec":{"runs":' +
      pick(random, ['1e9', '-1', '0', '2001', '"10"', 'null', '1.5', '100000']) +
      ',"weightNoise":{"pillars":0.2}}}'
    );
  if (r < 0.4)
    return JSON.stringify({
      scenario: pick(random, [
        value(random),
        { aggregation: { method: value(random) } },
        { weights: { [pick(random, ids)]: pick(random, [-1, 0, 1e308, 'x', null]) } },
        [],
        null,
        12,
      ]),
      spec: { samples: pick(random, [16, 15, 513, 'x', 64]), aggregation: [value(random)] },
    });
  if (r < 0.5)
    return JSON.stringify({
      units: [{ id: pick(random, ids), name: value(random) }],
      framework: [
        { id: 'index', name: 'I', type: 'aggregate', parent: null, weight: pick(random, [1, 0, -1, 'x']) },
      ],
      values: { [pick(random, ids)]: { x: value(random) } },
    });
  if (r < 0.6)
    return JSON.stringify({
      iData: [{ uCode: pick(random, ids), [pick(random, ids)]: pick(random, [1, 'x', null, 1e309]) }],
      iMeta: [
        {
          iCode: pick(random, ids),
          Level: pick(random, [1, 2, 0, -1, 'x']),
          Weight: pick(random, [1, 0, -1]),
          Direction: pick(random, [1, -1, 0]),
          Type: pick(random, ['Indicator', 'Aggregate', 'x']),
          Parent: pick(random, ids),
        },
      ],
    });
  if (r < 0.7)
    return pick(random, [
      '',
      '{',
      '{"a":',
      'null',
      'true',
      '1',
      '"x"',
      '[]',
      '{}',
      '{"__proto__":{"x":1}}',
      '{"constructor":{"prototype":{}}}',
      '\uFEFF{}',
      '{"a":1}garbage',
    ]);
  if (r < 0.8)
    return (
      '{"units":[' + Array.from({ length: 50 }, (_, i) => `{"id":"u${i}","name":"U${i}"}`).join(',') + ']}'
    );
  return Array.from({ length: 1 + Math.floor(random() * 200) }, () => pick(random, junk).slice(0, 40)).join(
    pick(random, [',', '"', '\n', ':']),
  );
}

function csvBody(random) {
  const r = random();
  if (r < 0.3)
    return (
      'id,name,x\n' +
      Array.from(
        { length: Math.floor(random() * 50) },
        () => `${pick(random, ids)},${value(random).slice(0, 30)},${value(random).slice(0, 30)}`,
      ).join('\n')
    );
  if (r < 0.5)
    return pick(random, [
      '',
      '\n',
      ',,,,\n,,,',
      '"unterminated\n',
      'a;b;c\n1;2;3',
      '\uFEFFid,name\nx,y',
      'id\r\n\r\n\r\n',
      'id,id,id\n1,2,3',
    ]);
  if (r < 0.6)
    return (
      'id,name,' +
      Array.from({ length: 400 }, (_, i) => `i${i}`).join(',') +
      '\n' +
      Array.from(
        { length: 5 },
        (_, u) => `u${u},U,` + Array.from({ length: 400 }, () => String(random())).join(','),
      ).join('\n')
    );
  return Array.from({ length: 1 + Math.floor(random() * 100) }, () =>
    Array.from({ length: 1 + Math.floor(random() * 8) }, () => pick(random, junk).slice(0, 30)).join(','),
  ).join(pick(random, ['\n', '\r\n', '\r']));
}

function body(random, type) {
  if (random() < 0.04) return 'x'.repeat(2 * 1024 * 1024 + 10);
  if (random() < 0.05)
    return Uint8Array.from({ length: 64 + Math.floor(random() * 512) }, () => Math.floor(random() * 256));
  return type.startsWith('text/csv') ? csvBody(random) : jsonBody(random);
}

/**
 * The `index`-th malformed request of the run seeded by `seed`: { method, path, headers, body? }.
 * Paths hold no raw spaces or control characters (an HTTP client would refuse them).
 */
export function fuzzCase(seed, index) {
  const random = seeded(seed * 1_000_003 + index);
  const method = pick(random, methods);
  const headers = {};
  if (random() < 0.4) headers.accept = pick(random, accepts);
  if (random() < 0.15)
    headers['if-none-match'] = pick(random, ['*', '"x"', 'W/"x"', '"', ',,,', 'x'.repeat(300)]);
  if (random() < 0.1) headers['x-request-id'] = pick(random, ['ok-id', 'x'.repeat(300), 'a b', '<>', '']);
  if (random() < 0.1) headers.origin = pick(random, ['https://example.org', 'null', 'x']);
  let payload;
  let target = path(random);
  if (method === 'POST' && random() < 0.7)
    target = pick(random, ['/v1/score', '/v1/uncertainty', '/v1/sensitivity']);
  if (method === 'POST' || method === 'PUT' || method === 'PATCH' || random() < 0.05) {
    const r = random();
    const type = r < 0.55 ? 'application/json' : r < 0.8 ? 'text/csv' : pick(random, types);
    if (random() < 0.95) headers['content-type'] = type;
    payload = body(random, type);
  }
  return { method, path: target + query(random), headers, body: payload };
}
