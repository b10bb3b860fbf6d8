/**
 * The positions of the observed (non-NaN) values of x in ascending order, by an LSD radix sort on
 * the IEEE-754 bits (8 passes of one byte, skipping passes where every byte is equal). Linear in
 * n, which beats comparison sorts for large columns. -0 sorts just before +0 (they compare equal).
 */
export function radixOrder(x: Float64Array): Uint32Array {
  let m = 0;
  for (let i = 0; i < x.length; i++) if (x[i] === x[i]) m++;
  const keys = new Float64Array(m);
  let order = new Uint32Array(m);
  const source = new Uint32Array(m);
  for (let i = 0, k = 0; i < x.length; i++) {
    if (x[i] !== x[i]) continue;
    keys[k] = x[i]!;
    source[k] = i;
    order[k] = k;
    k++;
  }
  const words = new Uint32Array(keys.buffer);
  for (let k = 0; k < m; k++) {
    const hi = words[2 * k + 1]!;
    words[2 * k + 1] = hi & 0x80000000 ? ~hi : hi | 0x80000000;
    if (hi & 0x80000000) words[2 * k] = ~words[2 * k]!;
  }
  const bytes = new Uint8Array(keys.buffer);
  let spare = new Uint32Array(m);
  const count = new Uint32Array(256);
  for (let pass = 0; pass < 8; pass++) {
    count.fill(0);
    for (let k = 0; k < m; k++) count[bytes[order[k]! * 8 + pass]!]!++;
    if (count[bytes[pass]!] === m) continue;
    for (let b = 0, sum = 0; b < 256; b++) {
      const c = count[b]!;
      count[b] = sum;
      sum += c;
    }
    for (let k = 0; k < m; k++) spare[count[bytes[order[k]! * 8 + pass]!]!++] = order[k]!;
    [order, spare] = [spare, order];
  }
  for (let k = 0; k < m; k++) order[k] = source[order[k]!]!;
  return order;
}
