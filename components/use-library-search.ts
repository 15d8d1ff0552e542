/**
 * Preact hook: search over the popup's library from the first keystroke. Every query is answered by
 * scanning the documents' folded texts (`LibrarySearch` without a term index), which are made ahead
 * in short background slices that yield to the reader's input; a text not folded yet is folded on
 * its first scan, so results are right throughout.
 *
 * Why no index here: over the popup's libraries (up to `LARGE_LIBRARY_HIGHLIGHTS`) the scan answers
 * a keystroke in 1–3 ms, as fast as MiniSearch or faster (a one-letter prefix made MiniSearch score
 * thousands of documents: 20–45 ms), and building the index cost about 500 ms of the popup's thread
 * in slices that competed with typing. The scan finds exactly what the index would (tested); the
 * library worker, which lists far larger libraries, keeps the index.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { LibrarySearch, type SearchHits } from '../utils/library/library-search';
import type { LibrarySnapshot } from '../utils/library/library-view';

/**
 * Longest one slice of folding holds the popup's thread (ms): a keystroke arriving meanwhile
 * waits at most this long, well inside the 30 ms keystroke budget.
 */
const SLICE_BUDGET_MS = 8;
/** Documents folded between two looks at the clock (well under a millisecond's worth). */
const DOCUMENTS_PER_STEP = 50;

type PostTask = (callback: () => void, options: { priority: 'background' }) => Promise<unknown>;

/**
 * Runs `callback` as a later task, behind input, rendering and ordinary tasks where the browser
 * can rank tasks (`scheduler.postTask`), else as the next timer task.
 */
function runInBackground(callback: () => void): void {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (scheduler?.postTask) void scheduler.postTask(callback, { priority: 'background' });
  else setTimeout(callback, 0);
}

export interface LiveSearch {
  /** The library's documents matching `query`, as of `snapshot`. */
  find(snapshot: LibrarySnapshot, query: string): SearchHits;
  /** Whether the whole library is read and every document folded for the scan. */
  ready: boolean;
}

export function useLibrarySearch(snapshot: LibrarySnapshot, complete: boolean): LiveSearch {
  const [search] = useState(() => new LibrarySearch());
  const synced = useRef<LibrarySnapshot | null>(null);
  const [ready, setReady] = useState(false);

  function syncTo(current: LibrarySnapshot): void {
    if (synced.current === current) return;
    search.sync(current.articles, current.highlights);
    synced.current = current;
  }

  // Whenever the library changes, the scan's folded texts are made in background slices of at
  // most SLICE_BUDGET_MS each.
  useEffect(() => {
    syncTo(snapshot);
    setReady(false);
    let cancelled = false;
    const slice = () => {
      if (cancelled) return;
      const end = performance.now() + SLICE_BUDGET_MS;
      while (!search.prepareSlice(DOCUMENTS_PER_STEP)) {
        if (performance.now() >= end) {
          runInBackground(slice);
          return;
        }
      }
      setReady(complete);
    };
    runInBackground(slice);
    return () => {
      cancelled = true;
    };
  }, [snapshot, complete]);

  return {
    find: (current, query) => {
      syncTo(current);
      return search.search(query);
    },
    ready,
  };
}
