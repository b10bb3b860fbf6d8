// Validates responses against the API's own OpenAPI document with an independent JSON Schema
// validator (ajv, draft 2020-12 as OpenAPI 3.1 uses). Shared by the tests (through app.request)
// and scripts/fuzz.mjs (against the built server).
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const methods = ['get', 'head', 'post', 'put', 'delete', 'patch', 'options'];
const escape = (segment) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** The path a server routes, with dot segments resolved as URL parsing does (`/docs/%2e%2e` is `/`). */
function pathOf(url) {
  const raw = url.split('?')[0].split('#')[0];
  try {
    return new URL(`http://x${raw}`).pathname;
  } catch {
    return raw;
  }
}

/** The operations of a document, each with a matcher for concrete paths. */
function operations(doc) {
  return Object.entries(doc.paths).flatMap(([template, item]) =>
    Object.entries(item)
      .filter(([method]) => methods.includes(method))
      .map(([method, op]) => ({
        method: method.toUpperCase(),
        template,
        pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
        op,
      })),
  );
}

/**
 * A function that checks one response against the document: the operation for its method and
 * path (HEAD as GET), the status documented there, the media type listed for that status, and
 * a JSON body valid against the schema given for it. A response outside every operation (404 for
 * an unknown path, 405/501 for a method, an OPTIONS answer) must still be a valid Problem.
 * Returns the list of mismatches (empty when it conforms).
 */
export function responseValidator(doc) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(doc, 'openapi.json');
  const compiled = new Map();
  const validate = (pointer) => {
    if (!compiled.has(pointer)) compiled.set(pointer, ajv.compile({ $ref: `openapi.json#${pointer}` }));
    return compiled.get(pointer);
  };
  const ops = operations(doc);
  return (method, url, status, contentType, text) => {
    const path = pathOf(url);
    const asked = method === 'HEAD' ? 'GET' : method;
    const found = ops.find((o) => o.method === asked && o.pattern.test(path));
    const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
    const json = type === 'application/json' || type === 'application/problem+json';
    const body = () => {
      try {
        return { value: JSON.parse(text) };
      } catch {
        return null;
      }
    };
    const check = (pointer) => {
      if (method === 'HEAD' || !json) return [];
      const parsed = body();
      if (!parsed) return [`body is not JSON (${type})`];
      const fn = validate(pointer);
      return fn(parsed.value) ? [] : fn.errors.map((e) => `${e.instancePath || '/'} ${e.message}`);
    };
    if (!found) {
      if (status < 400) return method === 'OPTIONS' ? [] : [`no operation ${asked} ${path} for a ${status}`];
      if (type !== 'application/problem+json')
        return [`an error outside the operations is ${type}, not a problem`];
      return check('/components/schemas/Problem');
    }
    const base = `/paths/${escape(found.template)}/${asked.toLowerCase()}/responses/${status}`;
    const response = found.op.responses[String(status)];
    if (!response) return [`status ${status} is not documented for ${asked} ${found.template}`];
    if (!response.content) return text && method !== 'HEAD' ? ['a body where none is documented'] : [];
    if (!response.content[type]) return [`${type || 'no content type'} is not documented for ${status}`];
    return check(`${base}/content/${escape(type)}/schema`);
  };
}
