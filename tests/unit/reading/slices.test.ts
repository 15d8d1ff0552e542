import { describe, expect, it } from 'vitest';
import { runInSlices, yieldToQueuedTasks } from '../../../utils/reading/slices';

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
});
