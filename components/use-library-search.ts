/**
 * Preact hook: search over the popup's library from the first keystroke. The index code loads once
 * the whole library is in, and the index is then filled in short slices that yield to the reader's
 * input; until it is full, the documents not in it yet are scanned, so results are right throughout.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { LibrarySearch, type SearchHits } from '../utils/library/library-search';
import type { LibrarySnapshot } from '../utils/library/library-view';

/**
 * Longest one slice of index building holds the popup's thread (ms): a keystroke arriving meanwhile
 * waits at most this long, well inside the 30 ms keystroke budget.
 */
const SLICE_BUDGET_MS = 8;
/** Documents indexed between two looks at the clock (about a millisecond's worth). */
const DOCUMENTS_PER_STEP = 25;

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
  /** Whether the index holds the whole library (the scan has nothing left to cover). */
  indexComplete: boolean;
}

export function useLibrarySearch(snapshot: LibrarySnapshot, complete: boolean): LiveSearch {
  const [search] = useState(() => new LibrarySearch());
  const synced = useRef<LibrarySnapshot | null>(null);
  const [indexAttached, setIndexAttached] = useState(false);
  const [indexComplete, setIndexComplete] = useState(false);

  function syncTo(current: LibrarySnapshot): void {
    if (synced.current === current) return;
    search.sync(current.articles, current.highlights);
    synced.current = current;
  }

  // The index code is not needed for the first screen: it loads once every highlight is in.
  useEffect(() => {
    if (!complete || indexAttached) return;
    let cancelled = false;
    void import('../utils/library/search-index').then(({ createSearchIndex }) => {
      if (cancelled) return;
      search.attachIndex(createSearchIndex());
      setIndexAttached(true);
    });
    return () => {
      cancelled = true;
    };
  }, [complete, indexAttached]);

  // Whenever the library changes (or the index arrives), the scan's folded texts are made and the
  // index filled, in background slices of at most SLICE_BUDGET_MS each.
  useEffect(() => {
    syncTo(snapshot);
    if (search.indexComplete) {
      setIndexComplete(true);
      return;
    }
    setIndexComplete(false);
    let cancelled = false;
    const slice = () => {
      if (cancelled) return;
      const end = performance.now() + SLICE_BUDGET_MS;
      for (;;) {
        const prepared = search.prepareSlice(DOCUMENTS_PER_STEP);
        // Everything is ready for the scan; this effect runs again once the index code has loaded.
        if (prepared && !indexAttached) return;
        if (prepared && search.indexSlice(DOCUMENTS_PER_STEP)) {
          setIndexComplete(true);
          return;
        }
        if (performance.now() >= end) {
          runInBackground(slice);
          return;
        }
      }
    };
    runInBackground(slice);
    return () => {
      cancelled = true;
    };
  }, [snapshot, indexAttached]);

  return {
    find: (current, query) => {
      syncTo(current);
      return search.search(query);
    },
    indexComplete,
  };
}
