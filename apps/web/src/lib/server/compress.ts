import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The content coding to use for a request's `Accept-Encoding`, preferring brotli, or null. */
export function pickEncoding(accept: string | null): 'br' | 'gzip' | null {
  const offered = (accept ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => !q || !/^q=0(\.0*)?$/.test(q.trim()))
    .map(([name]) => name!.toLowerCase());
  if (offered.includes('br')) return 'br';
  if (offered.includes('gzip')) return 'gzip';
  return null;
}

/** Compresses an HTML response when the client accepts it; other responses pass through unchanged. */
export async function compressHtml(response: Response, accept: string | null): Promise<Response> {
  const encoding = pickEncoding(accept);
  const type = response.headers.get('content-type') ?? '';
  if (
    !encoding ||
    !type.startsWith('text/html') ||
    response.headers.has('content-encoding') ||
    !response.body
  )
    return response;
  const body = Buffer.from(await response.arrayBuffer());
  const packed =
    encoding === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
      : gzipSync(body, { level: 6 });
  const headers = new Headers(response.headers);
  headers.set('content-encoding', encoding);
  headers.set('content-length', String(packed.length));
  headers.append('vary', 'Accept-Encoding');
  return new Response(packed, { status: response.status, statusText: response.statusText, headers });
}
