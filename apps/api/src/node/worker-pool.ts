import type { Worker } from 'node:worker_threads';
import { budgetProblem, busyProblem, fromFailure, type Executor } from '../executor.ts';
import type { JobFailure, JobInput, JobName } from '../jobs/run-job.ts';
import type { Representation } from '../representation.ts';

/** A job's reply from its worker thread. */
export type JobReply =
  { id: number; ok: true; value: Representation } | { id: number; ok: false; failure: JobFailure };

/** A job's message to a worker thread: what to run and until when (ms since the epoch). */
export interface JobMessage {
  id: number;
  name: JobName;
  input: unknown;
  deadline: number;
}

interface Task {
  id: number;
  name: JobName;
  input: unknown;
  queuedAt: number;
  resolve: (value: Representation) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  timer?: ReturnType<typeof setTimeout>;
}

/** How a pool is shaped: threads, waiting room, time budget per job, and how a thread is started. */
export interface PoolOptions {
  size: number;
  queue: number;
  budgetMs: number;
  spawn: () => Worker;
  /** Extra time after the budget before a thread that does not stop by itself is terminated (default 500 ms). */
  graceMs?: number;
}

/** An executor backed by worker threads, with a way to stop them. */
export interface WorkerPool extends Executor {
  /** Jobs running and waiting now. */
  load(): { running: number; waiting: number };
  close(): Promise<void>;
}

/**
 * A pool of worker threads with a bounded queue: each job runs in a thread under a deadline
 * (core stops cooperatively at its checkpoints; a thread still busy `graceMs` later is terminated
 * and replaced). A full queue is refused at once with 503 and Retry-After; a job that waited a
 * whole budget in the queue, or ran past it, gets 503 as a problem document.
 * @example createApp({ executor: createWorkerPool({ size: 1, queue: 8, budgetMs: 10_000, spawn }) })
 */
export function createWorkerPool(options: PoolOptions): WorkerPool {
  const { size, queue: queueSize, budgetMs, spawn, graceMs = 500 } = options;
  const waiting: Task[] = [];
  const slots: Slot[] = [];
  let nextId = 0;

  const settle = (slot: Slot) => {
    clearTimeout(slot.timer);
    slot.task = null;
    pump();
  };

  let closed = false;
  const attach = (slot: Slot) => {
    const worker = slot.worker;
    worker.on('exit', () => {
      if (closed || slot.worker !== worker) return;
      slot.task?.reject(new Error('a worker thread exited'));
      replace(slot);
    });
    slot.worker.on('message', (reply: JobReply) => {
      const task = slot.task;
      if (!task || task.id !== reply.id) return;
      if (reply.ok) task.resolve(reply.value);
      else task.reject(fromFailure(reply.failure, budgetMs));
      settle(slot);
    });
    slot.worker.on('error', (error) => {
      slot.task?.reject(error);
      replace(slot);
    });
  };

  const replace = (slot: Slot) => {
    clearTimeout(slot.timer);
    slot.task = null;
    void slot.worker.terminate();
    slot.worker = spawn();
    attach(slot);
    pump();
  };

  const start = (slot: Slot, task: Task) => {
    slot.task = task;
    const deadline = Date.now() + budgetMs;
    const message: JobMessage = { id: task.id, name: task.name, input: task.input, deadline };
    slot.worker.postMessage(message);
    slot.timer = setTimeout(() => {
      task.reject(budgetProblem(budgetMs));
      replace(slot);
    }, budgetMs + graceMs);
  };

  const pump = () => {
    for (const slot of slots) {
      while (!slot.task && waiting.length > 0) {
        const task = waiting.shift()!;
        if (Date.now() - task.queuedAt > budgetMs) task.reject(budgetProblem(budgetMs));
        else start(slot, task);
      }
    }
  };

  for (let i = 0; i < size; i++) {
    const slot: Slot = { worker: spawn(), task: null };
    attach(slot);
    slots.push(slot);
  }

  return {
    run<N extends JobName>(name: N, input: JobInput<N>): Promise<Representation> {
      return new Promise((resolve, reject) => {
        const task = { id: nextId++, name, input, queuedAt: Date.now(), resolve, reject };
        const idle = slots.find((slot) => !slot.task);
        if (idle) start(idle, task);
        else if (waiting.length < queueSize) waiting.push(task);
        else reject(busyProblem(queueSize));
      });
    },
    load: () => ({ running: slots.filter((slot) => slot.task).length, waiting: waiting.length }),
    async close() {
      closed = true;
      for (const task of waiting.splice(0)) task.reject(busyProblem(queueSize));
      await Promise.all(slots.map((slot) => (clearTimeout(slot.timer), slot.worker.terminate())));
    },
  };
}
