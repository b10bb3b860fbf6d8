/**
 * The interactive reference's script: loads `openapi.json` (relative to the page), lists every
 * operation by tag and lets the reader send requests with their own parameters. Builds the page
 * with textContent only, so nothing from the document is ever parsed as HTML.
 */
export const docsScript = String.raw`
const base = new URL('.', location.href);
const el = (tag, props, ...kids) => {
  const node = Object.assign(document.createElement(tag), props || {});
  for (const kid of kids) if (kid !== null && kid !== undefined) node.append(kid);
  return node;
};
/** Text with its backtick spans set as code, built with text nodes only. */
const prose = (tag, text) => el(tag, {}, ...String(text).split('\x60').map((part, i) => (i % 2 ? el('code', { textContent: part }) : part)));
const resolve = (spec, schema) => (schema && schema.$ref ? spec.components.schemas[schema.$ref.split('/').pop()] : schema) || {};

async function send(op, inputs, body, type, accept, out) {
  let path = op.path;
  const query = new URLSearchParams();
  for (const [param, input] of inputs) {
    if (input.value === '') continue;
    if (param.in === 'path') path = path.replace('{' + param.name + '}', encodeURIComponent(input.value));
    else query.append(param.name, input.value);
  }
  const url = new URL(path.replace(/^\//, ''), base);
  url.search = query.toString();
  const init = { method: op.method.toUpperCase(), headers: { Accept: accept.value } };
  if (body) Object.assign(init, { body: body.value, headers: { Accept: accept.value, 'Content-Type': type.value } });
  out.replaceChildren(el('p', { textContent: init.method + ' ' + url.pathname + url.search }));
  try {
    const started = performance.now();
    const response = await fetch(url, init);
    const text = await response.text();
    const ms = Math.round(performance.now() - started);
    let shown = text;
    try { shown = JSON.stringify(JSON.parse(text), null, 2); } catch { /* not JSON: show as is */ }
    const headers = ['content-type', 'etag', 'cache-control', 'x-request-id', 'allow'].filter((h) => response.headers.has(h)).map((h) => h + ': ' + response.headers.get(h)).join('\n');
    out.append(el('p', { className: 'status' + (response.ok ? '' : ' bad'), textContent: response.status + ' ' + response.statusText + ' (' + ms + ' ms)' }), el('pre', { textContent: headers }), el('pre', { textContent: shown }));
  } catch (error) {
    out.append(el('p', { className: 'status bad', textContent: 'request failed: ' + error.message }));
  }
}

function paramRow(spec, param, inputs) {
  const schema = resolve(spec, param.schema);
  const input = schema.enum ? el('select', {}, el('option', { value: '', textContent: '(default)' }), ...schema.enum.map((v) => el('option', { value: v, textContent: v }))) : el('input', { placeholder: param.example !== undefined ? String(param.example) : schema.example !== undefined ? String(schema.example) : '' });
  input.setAttribute('aria-label', param.name);
  if (param.in === 'path' && param.example !== undefined) input.value = String(param.example);
  else if (param.in === 'path' && schema.example !== undefined) input.value = String(schema.example);
  inputs.push([param, input]);
  return el('tr', {}, el('td', {}, el('code', { textContent: param.name + (param.required ? ' *' : '') })), prose('td', param.description || schema.description || ''), el('td', {}, input));
}

function bodyEditor(op) {
  const content = op.requestBody && op.requestBody.content;
  if (!content) return [null, null, []];
  const types = Object.keys(content);
  const type = el('select', {}, ...types.map((t) => el('option', { value: t, textContent: t })));
  const body = el('textarea', { spellcheck: false });
  const fill = () => { const media = content[type.value] || {}; const ex = media.example !== undefined ? media.example : (media.schema || {}).example; body.value = ex === undefined ? '' : typeof ex === 'string' ? ex : JSON.stringify(ex, null, 2); };
  type.addEventListener('change', fill);
  fill();
  type.setAttribute('aria-label', 'request content type');
  body.setAttribute('aria-label', 'request body');
  return [body, type, [el('h4', { textContent: 'Request body' }), type, body]];
}

function operation(spec, op) {
  const inputs = [];
  const params = (op.parameters || []).map((p) => paramRow(spec, p, inputs));
  const [body, type, bodyParts] = bodyEditor(op);
  const accept = el('select', {}, el('option', { value: 'application/json', textContent: 'application/json' }), el('option', { value: 'text/csv', textContent: 'text/csv' }));
  accept.setAttribute('aria-label', 'Accept');
  const out = el('div', { className: 'result' });
  const button = el('button', { type: 'button', textContent: 'Send request' });
  button.addEventListener('click', () => send(op, inputs, body, type, accept, out));
  const responses = Object.entries(op.responses || {}).map(([status, r]) => status + ' ' + (r.description || '')).join(' · ');
  return el('details', { className: 'op', id: op.operationId || op.method + op.path },
    el('summary', {}, el('span', { className: 'method ' + op.method, textContent: op.method.toUpperCase() }), el('span', { className: 'path', textContent: op.path }), el('span', { className: 'summary', textContent: op.summary || '' })),
    el('div', { className: 'op-body' }, op.description ? prose('p', op.description) : null,
      params.length ? el('table', {}, el('thead', {}, el('tr', {}, el('th', { textContent: 'parameter' }), el('th', { textContent: 'meaning' }), el('th', { textContent: 'value' }))), el('tbody', {}, ...params)) : null,
      ...bodyParts, el('label', { textContent: 'Accept ' }, accept), button, el('p', { className: 'summary', textContent: 'Responses: ' + responses }), out));
}

async function main() {
  const spec = await (await fetch(new URL('openapi.json', base))).json();
  document.title = spec.info.title + ' ' + spec.info.version;
  const intro = Object.assign(prose('p', (spec.info.description || '') + ' OpenAPI ' + spec.openapi + ', version ' + spec.info.version + '.'), { id: 'intro' });
  document.getElementById('intro').replaceWith(intro);
  const byTag = new Map();
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const tag = (op.tags && op.tags[0]) || 'Other';
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag).push(Object.assign({ path, method }, op));
    }
  }
  const main = document.getElementById('operations');
  for (const [tag, ops] of byTag) main.append(el('h2', { textContent: tag }), ...ops.map((op) => operation(spec, op)));
  const schemas = Object.entries((spec.components && spec.components.schemas) || {});
  main.append(el('h2', { textContent: 'Schemas' }), ...schemas.map(([name, schema]) => el('details', { className: 'op' }, el('summary', {}, el('code', { textContent: name })), el('pre', { textContent: JSON.stringify(schema, null, 2) }))));
}

main().catch((error) => { document.getElementById('intro').textContent = 'Could not load openapi.json: ' + error.message; });
`;
