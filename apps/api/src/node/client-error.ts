import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/** The status and problem code for a request Node's HTTP parser refused before the app saw it. */
function classify(error: { code?: string }): [number, string, string, string] {
  if (error.code === 'HPE_HEADER_OVERFLOW')
    return [431, 'Request header fields too large', 'headers-too-large', 'the request headers are too large'];
  if (error.code === 'HPE_INVALID_METHOD')
    return [405, 'Method not allowed', 'method-not-allowed', 'the request method is not one this API takes'];
  return [400, 'Bad request', 'malformed-request', 'the request is not well-formed HTTP'];
}

/**
 * Answers requests that Node's parser refuses (unknown method tokens, malformed or oversized
 * headers) with a problem document and `Connection: close`, instead of an empty 400. When the
 * refused bytes follow an earlier request on the connection (such as the body of a HEAD), the
 * client may not expect a body, so the answer is the bare status line Node would send.
 */
export function problemOnClientError(server: Server): void {
  server.on('clientError', (error: Error & { code?: string; rawPacket?: Buffer }, socket: Socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') return void socket.destroy();
    const [status, title, code, detail] = classify(error);
    const first = socket.bytesRead <= (error.rawPacket?.length ?? 0);
    if (!first) return void socket.end(`HTTP/1.1 ${status} ${title}\r\nConnection: close\r\n\r\n`);
    const body = JSON.stringify({ type: `urn:smartcities:problem:${code}`, title, status, detail });
    const allow = status === 405 ? 'Allow: GET, HEAD, POST, OPTIONS\r\n' : '';
    socket.end(
      `HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json; charset=utf-8\r\n${allow}` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
