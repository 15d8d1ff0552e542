/**
 * Waits out Preact's after-paint timers before the jsdom environment is torn down. Preact runs
 * `useEffect` callbacks after the next frame, with a 35 ms timer as a fallback for the frame; a
 * timer still pending when the test file ends fires after jsdom's globals are gone and throws
 * "cancelAnimationFrame is not defined", which fails the whole run as an unhandled error.
 */
/** Preact's fallback delay for a frame (`RAF_TIMEOUT` in preact/hooks), plus a margin. */
const PREACT_FRAME_FALLBACK_MS = 35 + 15;

export function settlePreactFrames(): Promise<void> {
  // Node fires timers in order of expiry: one set now, longer than any pending frame timer, fires after them all.
  return new Promise((resolve) => setTimeout(resolve, PREACT_FRAME_FALLBACK_MS));
}
