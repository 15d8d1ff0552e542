/**
 * Preact hook: the library as Dexie live queries, so a save in any tab shows in an open popup at
 * once. The first screen (the newest articles and their highlights) comes first, read ahead without
 * Dexie when the popup could (`readFirstScreenDirect`); Dexie loads and the whole library follows
 * once that is on screen, and from then on one live query keeps it all current. A large library
 * comes without its highlights (`large`): the library worker lists and searches those.
 */
import type { liveQuery as LiveQuery, Subscription } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';
import type { LibrarySnapshot } from '../utils/library/library-view';
import type { ErrorCode } from '../utils/messaging/protocol';
import { ProtocolError } from '../utils/messaging/runtime';
import type { LibraryDatabase } from '../utils/storage/database';
import { toStorageError } from '../utils/storage/errors';
import { FIRST_SCREEN_ARTICLE_HIGHLIGHTS, FIRST_SCREEN_ARTICLES } from '../utils/storage/first-screen-read';
import { readFirstScreen, readLibraryListing, type LibraryListing } from '../utils/storage/queries';
import { afterNextPaint } from './after-paint';

/**
 * Above this many highlights the library is listed and searched in the library worker: reading,
 * listing and indexing them on the popup's thread would take tasks over 50 ms. The 10,500 of the
 * library bench stay on the popup's thread, within its first-render and keystroke budgets.
 */
export const LARGE_LIBRARY_HIGHLIGHTS = 20_000;

/**
 * The library the popup reads: the database, or how to load it (its code stays out of the first
 * paint), and the first screen when it was read ahead (null: it could not be, Dexie reads it).
 */
export interface LibrarySource {
  db: LibraryDatabase | (() => Promise<LibraryDatabase>);
  firstScreen?: Promise<LibraryListing | null>;
}

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

export function useLiveLibrary({ db, firstScreen }: LibrarySource): LiveLibrary {
  const [state, setState] = useState<LiveLibrary>({ status: 'loading' });
  // A layout effect subscribes right after the first commit, not a frame later: the read starts sooner.
  useLayoutEffect(() => {
    let complete = false;
    let first: Subscription | undefined;
    let full: Subscription | undefined;
    let fullRequested = false;
    let stopped = false;
    const onError = (error: unknown) => {
      if (!stopped) setState(failure(error));
    };
    let loading: Promise<[typeof LiveQuery, LibraryDatabase]> | undefined;
    const loadDexie = () =>
      (loading ??= Promise.all([import('dexie').then(({ liveQuery }) => liveQuery), typeof db === 'function' ? db() : db]));
    let firstScreenShown: LibrarySnapshot | undefined;

    const readEverything = (liveQuery: typeof LiveQuery, database: LibraryDatabase) => {
      full = liveQuery(() => readLibraryListing(database, LARGE_LIBRARY_HIGHLIGHTS)).subscribe({
        next: ({ large, ...everything }) => {
          complete = true;
          first?.unsubscribe();
          if (!large) {
            setState({ status: 'ready', snapshot: everything, complete: true, large: false });
            return;
          }
          // The first screen's highlights stay listed until the worker's list replaces them.
          const kept = new Set(everything.articles.map((article) => article.key));
          const highlights = (firstScreenShown?.highlights ?? []).filter((highlight) => kept.has(highlight.articleKey));
          setState({ status: 'ready', snapshot: { articles: everything.articles, highlights }, complete: true, large: true });
        },
        error: onError,
      });
    };

    const showFirstScreen = (snapshot: LibrarySnapshot) => {
      if (complete || stopped) return;
      firstScreenShown = snapshot;
      setState({ status: 'ready', snapshot, complete: false, large: false });
      // Let the first screen paint before reading every highlight: reading and listing 10,000
      // highlights takes longer than the first screen, and a timer alone can run before the paint.
      if (fullRequested) return;
      fullRequested = true;
      afterNextPaint(() => {
        if (stopped) return;
        loadDexie().then(([liveQuery, database]) => {
          if (!stopped) readEverything(liveQuery, database);
        }, onError);
      });
    };

    const readFirstScreenLive = () =>
      loadDexie().then(([liveQuery, database]) => {
        if (stopped) return;
        first = liveQuery(() => readFirstScreen(database, FIRST_SCREEN_ARTICLES, FIRST_SCREEN_ARTICLE_HIGHLIGHTS)).subscribe({
          next: showFirstScreen,
          error: onError,
        });
      }, onError);

    if (firstScreen) {
      void firstScreen.then((snapshot) => {
        if (snapshot) showFirstScreen(snapshot);
        else if (!stopped) void readFirstScreenLive();
      });
    } else {
      void readFirstScreenLive();
    }
    return () => {
      stopped = true;
      first?.unsubscribe();
      full?.unsubscribe();
    };
  }, [db, firstScreen]);
  return state;
}
