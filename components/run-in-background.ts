/**
 * Runs work the reader is not waiting for as a later task, behind input, rendering and ordinary
 * tasks where the browser can rank tasks (`scheduler.postTask`), else as the next timer task.
 */
type PostTask = (callback: () => void, options: { priority: 'background' }) => Promise<unknown>;

export function runInBackground(callback: () => void): void {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (scheduler?.postTask) void scheduler.postTask(callback, { priority: 'background' });
  else setTimeout(callback, 0);
}
