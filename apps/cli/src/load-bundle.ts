import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/** A loaded CommonJS bundle: its exports, and a way to save V8's code cache after it ran. */
export interface LoadedBundle<T> {
  exports: T;
  /** Whether V8 accepted the saved code cache (false when there was none or it no longer fits). */
  cached: boolean;
  /** Saves the code cache of everything compiled so far (atomically: a temporary file renamed). */
  saveCache(): void;
}

/**
 * Runs a CommonJS bundle with V8's code cache from `<file>.cache`, so that its functions need not
 * be compiled again at every start (Node 20 has no `module.enableCompileCache`). A missing or
 * stale cache only costs the compile time. `importExternal` serves the bundle's dynamic imports of
 * packages (rewritten at build time), which a vm script cannot make itself.
 */
export function loadBundle<T>(
  file: string,
  importExternal: (id: string) => Promise<unknown>,
): LoadedBundle<T> {
  const cacheFile = `${file}.cache`;
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const source = `(function (exports, require, module, __filename, __dirname, __importExternal) {${readFileSync(file, 'utf8')}\n})`;
  const script = new Script(source, { filename: file, ...(cachedData && { cachedData }) });
  const module = { exports: {} as T };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), importExternal);
  const saveCache = () => {
    writeFileSync(`${cacheFile}.tmp`, script.createCachedData());
    renameSync(`${cacheFile}.tmp`, cacheFile);
  };
  return {
    exports: module.exports,
    cached: cachedData !== undefined && !script.cachedDataRejected,
    saveCache,
  };
}
