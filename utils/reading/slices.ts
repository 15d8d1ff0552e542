/** Splitting content-script work so no task blocks the page for long (the budget is 50 ms per task). */

/** Longest stretch of work between two yields to the page, well under the 50 ms long-task line. */
export const SLICE_MS = 8;

/**
 * The measure every slice leaves on the page's timeline, so a browser test can hold our own work
 * to the budget where the browser has no Long Tasks API (Firefox): the slice's script alone, never
 * the page's layout.
 */
export const TASK_MEASURE = 'techflow-annotator:task';

type SchedulerLike = { yield?: () => Promise<void> };

/** Lets the page run (input, rendering) before continuing. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Lets the page run, and before continuing every task queued meanwhile too (a worker's reply):
 * `scheduler.yield` resumes ahead of those.
 */
export function yieldToQueuedTasks(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Calls `step(deadline)` until it reports completion, yielding between slices. The first slice
 * runs at once, so small inputs finish without any yield. Returns false if aborted.
 */
export async function runInSlices(step: (deadline: number) => boolean, signal?: AbortSignal): Promise<boolean> {
  for (;;) {
    if (signal?.aborted) return false;
    const start = performance.now();
    const done = step(start + SLICE_MS);
    performance.measure(TASK_MEASURE, { start });
    if (done) return true;
    await yieldToPage();
  }
}
