/**
 * Preact hook: the library as Dexie live queries, so a save in any tab shows in an open popup at
 * once. The first screen (the newest articles and their highlights) comes first; the whole library
 * follows once that is on screen, and from then on one live query keeps it all current.
 */
import { liveQuery, type Subscription } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';
import type { LibrarySnapshot } from '../utils/library/library-view';
import type { ErrorCode } from '../utils/messaging/protocol';
import { ProtocolError } from '../utils/messaging/runtime';
import type { LibraryDatabase } from '../utils/storage/database';
import { toStorageError } from '../utils/storage/errors';
import { readFirstScreen, readLibrarySnapshot } from '../utils/storage/queries';
import { afterNextPaint } from './after-paint';

/** Articles whose highlights the first render shows: more than a 580 px popup can hold. */
const FIRST_SCREEN_ARTICLES = 8;

export type LiveLibrary =
  | { status: 'loading' }
  /** `complete` is false while only the first screen's articles are loaded. */
  | { status: 'ready'; snapshot: LibrarySnapshot; complete: boolean }
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
    const first = liveQuery(() => readFirstScreen(db, FIRST_SCREEN_ARTICLES)).subscribe({
      next: (snapshot) => {
        if (complete) return;
        setState({ status: 'ready', snapshot, complete: false });
        // Let the first screen paint before reading every highlight: reading and listing 10,000
        // highlights takes longer than the first screen, and a timer alone can run before the paint.
        if (fullRequested) return;
        fullRequested = true;
        afterNextPaint(() => {
          if (stopped) return;
          full = liveQuery(() => readLibrarySnapshot(db)).subscribe({
            next: (everything) => {
              complete = true;
              first.unsubscribe();
              setState({ status: 'ready', snapshot: everything, complete: true });
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
