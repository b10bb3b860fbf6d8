/**
 * A short stable hash of a text (cyrb53: two 32-bit multiply-xorshift lanes folded into 53 bits),
 * in base 36. Pure and synchronous, so it runs the same in Node, browsers and edge runtimes.
 * Not cryptographic: it names contents (a dataset, a scenario), it does not protect them.
 * @example hashText('hello') // "19jqrdkps12" (cyrb53 4625896200565286 in base 36, always the same)
 */
export function hashText(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
