const SLAB_SIZE = 16_384;
const SMALL = 1_024;
let slab = new Float64Array(SLAB_SIZE);
let used = 0;

/**
 * A new zero-filled column of n numbers. Small columns are views cut from a shared slab, because
 * allocating many small typed arrays costs more than scoring a 20-city index; every view is
 * handed out once, so columns never alias each other. Large columns get their own buffer.
 */
export function newColumn(n: number): Float64Array {
  if (n > SMALL) return new Float64Array(n);
  if (used + n > SLAB_SIZE) {
    slab = new Float64Array(SLAB_SIZE);
    used = 0;
  }
  const view = slab.subarray(used, used + n);
  used += n;
  return view;
}
