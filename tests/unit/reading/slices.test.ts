import { describe, expect, it } from 'vitest';
import { runInSlices, TASK_MEASURE, yieldToQueuedTasks } from '../../../utils/reading/slices';

describe('yielding to the page', () => {
  it('lets a task queued before the yield run before the work continues (a worker reply read in between)', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('queued task'), 0);
    await yieldToQueuedTasks();
    order.push('continued');
    expect(order).toEqual(['queued task', 'continued']);
  });

  it('runs the first slice at once and stops when aborted', async () => {
    const abort = new AbortController();
    let steps = 0;
    const done = runInSlices(() => {
      steps += 1;
      abort.abort();
      return false;
    }, abort.signal);
    expect(steps).toBe(1);
    expect(await done).toBe(false);
  });

  it('leaves one task measure per slice, spanning the slice (what the Firefox test holds to the budget)', async () => {
    performance.clearMeasures(TASK_MEASURE);
    let steps = 0;
    const before = performance.now();
    expect(await runInSlices(() => ++steps === 3)).toBe(true);
    const measures = performance.getEntriesByName(TASK_MEASURE, 'measure');
    expect(measures).toHaveLength(3);
    for (const measure of measures) expect(measure.startTime).toBeGreaterThanOrEqual(before);
    expect(measures.map((measure) => measure.startTime)).toEqual([...measures.map((measure) => measure.startTime)].sort((a, b) => a - b));
  });
});
