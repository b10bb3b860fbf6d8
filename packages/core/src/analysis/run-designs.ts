import type { Design } from './design.ts';
import type { DesignSpace, UncertainInput } from './design-space.ts';
import { designAt } from './design.ts';

/** Every run's design, stored compactly: one point of the unit hypercube per run. */
export interface RunDesigns {
  length: number;
  inputs: UncertainInput[];
  /** Row-major, `inputs.length` numbers in [0, 1) per run. */
  points: Float64Array;
  /** 1 for a run that could not be scored. */
  failed: Uint8Array;
  /** The design of run `run` (0-based): weights, methods and dropped indicator, ready for `replayRun`. */
  at(run: number): Design;
}

/** Wraps the sampled points of an analysis so that any run's design can be read back. */
export function runDesigns(space: DesignSpace, points: Float64Array, failed: Uint8Array): RunDesigns {
  const width = space.inputs.length;
  const length = failed.length;
  return {
    length,
    inputs: space.inputs,
    points,
    failed,
    at(run) {
      if (!(Number.isInteger(run) && run >= 0 && run < length))
        throw new RangeError(`run must be a whole number from 0 to ${length - 1}, got ${run}`);
      return designAt(space, points.subarray(run * width, (run + 1) * width));
    },
  };
}
