import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressHtml, pickEncoding } from './compress';

const html = `<!doctype html><p>${'ranking '.repeat(500)}</p>`;
const page = (type = 'text/html') => new Response(html, { headers: { 'content-type': type } });

describe('pickEncoding()', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['identity', null],
    [null, null],
  ])('%s gives %s', (accept, encoding) => {
    expect(pickEncoding(accept)).toBe(encoding);
  });
});

describe('compressHtml()', () => {
  it('brotli-compresses HTML so that it decompresses to the same page', async () => {
    const packed = await compressHtml(page(), 'br');
    expect(packed.headers.get('content-encoding')).toBe('br');
    const bytes = Buffer.from(await packed.arrayBuffer());
    expect(bytes.length).toBeLessThan(html.length / 10);
    expect(brotliDecompressSync(bytes).toString()).toBe(html);
  });

  it('gzips when only gzip is accepted', async () => {
    const packed = await compressHtml(page(), 'gzip');
    expect(gunzipSync(Buffer.from(await packed.arrayBuffer())).toString()).toBe(html);
    expect(packed.headers.get('vary')).toBe('Accept-Encoding');
  });

  it.each([
    ['application/json', 'br'],
    ['text/html', null],
  ])('leaves %s with Accept-Encoding %s alone', async (type, accept) => {
    const response = page(type);
    expect(await compressHtml(response, accept)).toBe(response);
  });
});
