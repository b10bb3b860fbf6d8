/** Chromium's switches for test runs on this machine (headless mode is set by each runner). */
export const chromiumArgs: string[];
/** A port nobody listens on right now on 127.0.0.1. */
export function freePort(): Promise<number>;
