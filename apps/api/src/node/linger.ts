import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/** How long and how much a closing connection keeps reading what the client still sends. */
const LINGER_MS = 2000;
const LINGER_BYTES = 8 * 1024 * 1024;

/**
 * Lingering close: when Node closes a connection after a response (`Connection: close`, as on
 * an early 413), it would close the socket while the client is still sending its body, and the
 * TCP reset that follows can destroy the response before the client reads it. Instead the
 * server half-closes (FIN after the response), keeps reading and discarding for up to 2 s or
 * 8 MiB, and closes when the client does.
 */
export function lingerOnClose(server: Server): void {
  server.on('connection', (socket: Socket) => {
    socket.destroySoon = () => linger(socket);
  });
}

function linger(socket: Socket): void {
  let read = 0;
  const stop = () => socket.destroy();
  const timer = setTimeout(stop, LINGER_MS);
  socket.once('close', () => clearTimeout(timer));
  socket.on('data', (chunk: Buffer) => {
    read += chunk.length;
    if (read > LINGER_BYTES) stop();
  });
  socket.once('end', stop);
  socket.end();
  socket.resume();
}
