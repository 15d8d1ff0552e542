/**
 * Preact hook: the library as Dexie live queries, so a save in any tab shows in an open popup at
 * once. The first screen (the newest articles and their highlights) comes first; the whole library
 * follows once that is on screen, and from then on one live query keeps it all current. A large
 * library comes without its highlights (`large`): the library worker lists and searches those.
 */
import { liveQuery, type Subscription } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';
import type { LibrarySnapshot } from '../utils/library/library-view';
import type { ErrorCode } from '../utils/messaging/protocol';
import { ProtocolError } from '../utils/messaging/runtime';
import type { LibraryDatabase } from '../utils/storage/database';
import { toStorageError } from '../utils/storage/errors';
import { readFirstScreen, readLibraryListing } from '../utils/storage/queries';
import { afterNextPaint } from './after-paint';

/** Articles whose highlights the first render shows: more than a 580 px popup can hold. */
const FIRST_SCREEN_ARTICLES = 8;
/**
 * An article with more highlights is listed without them on the first screen: its IndexedDB row is
 * read in one task, about 10 ms per thousand highlights on a loaded machine.
 */
const FIRST_SCREEN_ARTICLE_HIGHLIGHTS = 2_000;
/**
 * Above this many highlights the library is listed and searched in the library worker: reading,
 * listing and indexing them on the popup's thread would take tasks over 50 ms. The 10,500 of the
 * library bench stay on the popup's thread, within its first-render and keystroke budgets.
 */
export const LARGE_LIBRARY_HIGHLIGHTS = 20_000;

export type LiveLibrary =
  | { status: 'loading' }
  /**
   * `complete` is false while only the first screen's articles are loaded. `large`: every article
   * is here but no highlight beyond the first screen's (the library worker lists them).
   */
  | { status: 'ready'; snapshot: LibrarySnapshot; complete: boolean; large: boolean }
  | { status: 'error'; code: ErrorCode; message: string };

function failure(error: unknown): LiveLibrary {
  const mapped = toStorageError(error);
  return mapped instanceof ProtocolError
    ? { status: 'error', code: mapped.code, message: mapped.message }
    : { status: 'error', code: 'internal', message: mapped instanceof Error ? mapped.message : String(mapped) };
}

export function useLiveLibrary(db: LibraryDatabase): LiveLibrary {
  const [state, setState] = useState<LiveLibrary>({ status: 'loading' });
  // A layout effect subscribes right after the first commit, not a frame later: the read starts sooner.
  useLayoutEffect(() => {
    let complete = false;
    let full: Subscription | undefined;
    let fullRequested = false;
    let stopped = false;
    const onError = (error: unknown) => setState(failure(error));
    let firstScreen: LibrarySnapshot | undefined;
    const first = liveQuery(() => readFirstScreen(db, FIRST_SCREEN_ARTICLES, FIRST_SCREEN_ARTICLE_HIGHLIGHTS)).subscribe({
      next: (snapshot) => {
        if (complete) return;
        firstScreen = snapshot;
        setState({ status: 'ready', snapshot, complete: false, large: false });
        // Let the first screen paint before reading every highlight: reading and listing 10,000
        // highlights takes longer than the first screen, and a timer alone can run before the paint.
        if (fullRequested) return;
        fullRequested = true;
        afterNextPaint(() => {
          if (stopped) return;
          full = liveQuery(() => readLibraryListing(db, LARGE_LIBRARY_HIGHLIGHTS)).subscribe({
            next: ({ large, ...everything }) => {
              complete = true;
              first.unsubscribe();
              if (!large) {
                setState({ status: 'ready', snapshot: everything, complete: true, large: false });
                return;
              }
              // The first screen's highlights stay listed until the worker's list replaces them.
              const kept = new Set(everything.articles.map((article) => article.key));
              const highlights = (firstScreen?.highlights ?? []).filter((highlight) => kept.has(highlight.articleKey));
              setState({ status: 'ready', snapshot: { articles: everything.articles, highlights }, complete: true, large: true });
            },
            error: onError,
          });
        });
      },
      error: onError,
    });
    return () => {
      stopped = true;
      first.unsubscribe();
      full?.unsubscribe();
    };
  }, [db]);
  return state;
}
