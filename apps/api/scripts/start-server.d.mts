import type { ChildProcess } from 'node:child_process';

/** A running built server. */
export interface StartedServer {
  port: number;
  child: ChildProcess;
  memory(): Promise<NodeJS.MemoryUsage>;
  stop(): Promise<void>;
  stderr(): string;
}

/** Starts dist/server.mjs on a free loopback port (with extra environment variables). */
export function startServer(options?: {
  exposeGc?: boolean;
  env?: Record<string, string>;
}): Promise<StartedServer>;
