/**
 * The WHATWG `URLSearchParams`, which Node, browsers and edge runtimes all provide. Core compiles
 * without Node or DOM types (so that it cannot reach for `process`, timers or `fetch`); this declares
 * only the part of the standard class core uses.
 */
declare class URLSearchParams implements Iterable<[string, string]> {
  constructor(init?: string);
  [Symbol.iterator](): IterableIterator<[string, string]>;
}
