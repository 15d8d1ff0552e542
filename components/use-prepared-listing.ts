/**
 * Preact hook: the library as the popup lists it, prepared (`prepareListing`). The first screen is
 * prepared at once; a whole library is prepared in background slices of a few milliseconds while
 * the previous listing stays shown and searchable, and replaces it once ready. No task then groups,
 * lists or folds thousands of highlights at once, and a keystroke waits at most one slice.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { prepareListing, prepareListingNow, type PreparedListing } from '../utils/library/prepared-listing';
import { runInBackground, sliceOver } from './run-in-background';
import type { LiveLibrary } from './use-live-library';

/** Records (articles and highlights) a listing may hold to be prepared at once, within the render: the first screen's few hundred. */
const PREPARE_AT_ONCE_RECORDS = 1_000;
/**
 * Longest one slice of preparation holds the popup's thread (ms): a keystroke arriving meanwhile
 * waits at most this long, well inside the 30 ms keystroke budget (in Chromium, which tells when
 * input is waiting, the slice ends at its next look at the clock).
 */
const SLICE_BUDGET_MS = 6;
/** Steps run between two looks at the clock and for waiting input (each a few microseconds). */
const STEPS_PER_CLOCK_READ = 32;

/** A prepared listing with what the live library said of it. */
export interface ShownLibrary {
  listing: PreparedListing;
  /** Every article is read (not only the first screen's). */
  complete: boolean;
  /** Too many highlights for the popup's thread: the library worker lists them. */
  large: boolean;
}

export function usePreparedListing(live: LiveLibrary): ShownLibrary | null {
  const ready = live.status === 'ready' ? live : null;
  const small = ready !== null && ready.snapshot.articles.length + ready.snapshot.highlights.length <= PREPARE_AT_ONCE_RECORDS;
  // A small listing is shown in the render that brings it: the first screen paints without a wait.
  const now = useMemo(
    () => (ready && small ? { listing: prepareListingNow(ready.snapshot), complete: ready.complete, large: ready.large } : null),
    [ready?.snapshot, small],
  );
  const [sliced, setSliced] = useState<ShownLibrary | null>(null);

  useEffect(() => {
    if (!ready || small) return;
    const steps = prepareListing(ready.snapshot);
    const { complete, large } = ready;
    let cancelled = false;
    const slice = () => {
      if (cancelled) return;
      const deadline = performance.now() + SLICE_BUDGET_MS;
      for (;;) {
        for (let step = 0; step < STEPS_PER_CLOCK_READ; step += 1) {
          const next = steps.next();
          if (next.done) {
            // Listing it is a render of its own, in a task apart from the last slice's work.
            const prepared = { listing: next.value, complete, large };
            runInBackground(() => {
              if (!cancelled) setSliced(prepared);
            });
            return;
          }
        }
        if (sliceOver(deadline)) {
          runInBackground(slice);
          return;
        }
      }
    };
    runInBackground(slice);
    return () => {
      cancelled = true;
    };
  }, [ready?.snapshot]);

  // The newest listing prepared is shown: a large one replaces what was shown once it is ready,
  // and a small one that came after it (the library emptied, say) replaces it at once.
  const seen = useRef<{ now: ShownLibrary | null; sliced: ShownLibrary | null; shown: ShownLibrary | null }>({ now: null, sliced: null, shown: null }).current;
  if (now !== seen.now) {
    if (now) seen.shown = now;
    seen.now = now;
  }
  if (sliced !== seen.sliced) {
    if (sliced) seen.shown = sliced;
    seen.sliced = sliced;
  }
  return ready ? seen.shown : null;
}
