/**
 * A bounded map that forgets its least recently used entry once it holds `max` entries, so a
 * cache keyed by user input cannot grow without limit.
 * @example const cache = new Lru<string, number>(2); cache.set('a', 1); cache.get('a') // 1
 */
export class Lru<K, V> {
  readonly #entries = new Map<K, V>();

  constructor(readonly max: number) {}

  get size(): number {
    return this.#entries.size;
  }

  get(key: K): V | undefined {
    const value = this.#entries.get(key);
    if (value === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  /** Stores the value (evicting the oldest entry when full) and returns it. */
  set(key: K, value: V): V {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.max) this.#entries.delete(this.#entries.keys().next().value as K);
    return value;
  }
}
