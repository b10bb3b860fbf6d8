import { edition2020 } from '@smartcities/data';
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../scenario/default.ts';
import { CancelledError, checkpoint } from './progress.ts';
import { runSensitivity } from './run-sensitivity.ts';
import { runUncertainty } from './run-uncertainty.ts';
import { sensitivitySpecSchema } from './sensitivity-spec.ts';
import { uncertaintySpecSchema } from './uncertainty-spec.ts';
import { whatItTakes } from './what-it-takes/what-it-takes.ts';

const dataset = edition2020.dataset;

/** A clock that moves one tick per reading, so a deadline of N ticks passes at the N-th check. */
function tickingClock() {
  let time = 0;
  return { now: () => time++, reads: () => time };
}

/** What an analysis throws when run under the options, or null when it finishes. */
function stopped(run: () => unknown): CancelledError | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof CancelledError) return error;
    throw error;
  }
}

describe('cancellation by deadline (a `now` function passed in; core has no clock)', () => {
  it('checkpoint throws a CancelledError with reason "deadline" once now() reaches the deadline', () => {
    const now = () => 10;
    expect(() => checkpoint({ now, deadline: 11 }, 1, 4)).not.toThrow();
    const error = stopped(() => checkpoint({ now, deadline: 10 }, 1, 4));
    expect(error?.reason).toBe('deadline');
    expect(error?.message).toContain('1 of 4');
    expect(stopped(() => checkpoint({ signal: { aborted: true } }, 0, 4))?.reason).toBe('signal');
  });

  it('ignores a deadline without a clock', () => {
    expect(() => checkpoint({ deadline: -1 }, 1, 4)).not.toThrow();
  });

  const uncertainty = uncertaintySpecSchema.parse({ runs: 400, weightNoise: { pillars: 0.25 } });
  const sensitivity = sensitivitySpecSchema.parse({ samples: 64, weightNoise: { pillars: 0.25 } });
  it.each([
    ['runUncertainty', (o: object) => runUncertainty(dataset, defaultScenario, uncertainty, o)],
    ['runSensitivity', (o: object) => runSensitivity(dataset, defaultScenario, sensitivity, o)],
    ['whatItTakes', (o: object) => whatItTakes(dataset, defaultScenario, 'tokyo', { rank: 3 }, o)],
  ])('%s stops at its deadline after a few checks, and runs to the end with a far one', (_, run) => {
    const clock = tickingClock();
    const error = stopped(() => run({ now: clock.now, deadline: 3 }));
    expect(error?.reason).toBe('deadline');
    expect(clock.reads()).toBe(4);
    expect(stopped(() => run({ now: tickingClock().now, deadline: 1e9 }))).toBeNull();
  });
});
