/// <reference lib="webworker" />
import { runUncertainty } from '@smartcities/core/analysis';
import { rankIntervals } from '../ranking/rank-intervals';
import type { UncertaintyRequest, UncertaintyReply } from './messages';

/** Runs the Monte Carlo uncertainty analysis off the main thread and answers with rank intervals. */
self.onmessage = (event: MessageEvent<UncertaintyRequest>) => {
  const { id, dataset, scenario, spec } = event.data;
  let reply: UncertaintyReply;
  try {
    reply = { id, ok: true, intervals: rankIntervals(runUncertainty(dataset, scenario, spec)) };
  } catch (error) {
    reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
