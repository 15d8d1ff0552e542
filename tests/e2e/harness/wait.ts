/** Waiting for a condition instead of sleeping: poll until it holds or a deadline passes. */

/** Short enough to react within a frame or two, long enough not to flood the browser with calls. */
const POLL_INTERVAL_MS = 25;

export interface WaitUntilOptions {
  timeout: number;
  /** What was awaited, for the timeout error (may look at the current state). */
  describe: () => string | Promise<string>;
}

/** Resolves with the first value `probe` returns that is not `undefined`. */
export async function waitUntil<T>(probe: () => Promise<T | undefined>, options: WaitUntilOptions): Promise<T> {
  const deadline = Date.now() + options.timeout;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() >= deadline) {
      throw new Error(`Timed out after ${options.timeout} ms waiting for ${await options.describe()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}
