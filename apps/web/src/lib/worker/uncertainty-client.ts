import type { Scenario } from '@smartcities/core';
import type { UncertaintySpec } from '@smartcities/core/analysis';
import type { Dataset } from '@smartcities/data/schema';
import type { UncertaintyReply } from './messages';

/**
 * Rank intervals from a Web Worker, latest request wins: a request made while another is still
 * running ends that worker and starts a fresh one, so a slider drag never queues stale runs.
 * Pass plain objects (not Svelte state proxies): they are copied to the worker.
 */
export function uncertaintyClient(onResult: (reply: UncertaintyReply) => void) {
  let worker: Worker | undefined;
  let busy = false;
  let next = 0;
  const start = () => {
    const w = new Worker(new URL('./uncertainty.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<UncertaintyReply>) => {
      busy = false;
      if (event.data.id === next) onResult(event.data);
    };
    return w;
  };
  return {
    request(dataset: Dataset, scenario: Scenario, spec: UncertaintySpec) {
      if (busy) worker?.terminate();
      if (busy || !worker) worker = start();
      busy = true;
      worker.postMessage({ id: ++next, dataset, scenario, spec });
    },
    stop: () => worker?.terminate(),
  };
}
