/**
 * Runs work the reader is not waiting for as later tasks, behind input, rendering and ordinary
 * tasks where the browser can rank tasks (`scheduler.postTask`), else as the next timer task; and
 * tells such work, done in slices, when a slice should give the thread back.
 */
type PostTask = (callback: () => void, options: { priority: 'background' }) => Promise<unknown>;

export function runInBackground(callback: () => void): void {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (scheduler?.postTask) void scheduler.postTask(callback, { priority: 'background' });
  else setTimeout(callback, 0);
}

/**
 * Whether a slice of background work due to end at `deadline` (on the `performance.now()` clock)
 * should end now: its time is up, or the reader has a keystroke or click waiting, which the
 * browser tells where it can (Chromium's `isInputPending`). A keystroke arriving mid-slice then
 * waits for one step of the work, not for the rest of the slice.
 */
export function sliceOver(deadline: number): boolean {
  if (performance.now() >= deadline) return true;
  const scheduling = (globalThis.navigator as { scheduling?: { isInputPending?: () => boolean } } | undefined)?.scheduling;
  return scheduling?.isInputPending?.() ?? false;
}
