// What the Playwright tests and the Lighthouse script share to drive Debian's Chromium: its
// command-line switches (no sandbox, GPU, QUIC or background traffic) and a free local port.
import { createServer } from 'node:net';

/** Chromium's switches for test runs on this machine (headless mode is set by each runner). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A port nobody listens on right now on 127.0.0.1, so a test server never collides with a running one. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
