/** Preact hook: the library as a Dexie live query, so a save in any tab shows in an open popup at once. */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { LibrarySnapshot } from '../utils/library/library-view';
import type { ErrorCode } from '../utils/messaging/protocol';
import { ProtocolError } from '../utils/messaging/runtime';
import type { LibraryDatabase } from '../utils/storage/database';
import { toStorageError } from '../utils/storage/errors';
import { readLibrarySnapshot } from '../utils/storage/queries';

export type LiveLibrary =
  | { status: 'loading' }
  | { status: 'ready'; snapshot: LibrarySnapshot }
  | { status: 'error'; code: ErrorCode; message: string };

export function useLiveLibrary(db: LibraryDatabase): LiveLibrary {
  const [state, setState] = useState<LiveLibrary>({ status: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(() => readLibrarySnapshot(db)).subscribe({
      next: (snapshot) => setState({ status: 'ready', snapshot }),
      error: (error: unknown) => {
        const mapped = toStorageError(error);
        setState(
          mapped instanceof ProtocolError
            ? { status: 'error', code: mapped.code, message: mapped.message }
            : { status: 'error', code: 'internal', message: mapped instanceof Error ? mapped.message : String(mapped) },
        );
      },
    });
    return () => subscription.unsubscribe();
  }, [db]);
  return state;
}
