/**
 * Reads the library as IndexedDB holds it, without Dexie, whatever the schema version: in the
 * extension's worker (Chromium) or in one of its pages (any browser; the same origin's database).
 */
import { LIBRARY_DB_NAME } from '../../../utils/storage/schema';
import type { ExtensionWorker } from './driver';
import type { TestPage } from './test-page';

/** A stored highlight, as much of it as layout-independent checks need. */
export interface RawHighlight {
  id: string;
  articleKey: string;
}

/** Every store's records, with highlights flattened (schema v1: a row per highlight; v2: a row per article holding them). */
export interface RawLibrary {
  /** IndexedDB's version (Dexie stores schema version N as 10 N). */
  version: number;
  articles: Array<{ key: string; highlightCount: number }>;
  bodies: Array<{ key: string }>;
  /** Sorted by id, so two reads compare equal whatever the row order. */
  highlights: RawHighlight[];
  meta: unknown[];
}

/** Where the library is read: the worker, or an extension page (`browser.openPopup()`, …). */
export type LibraryReader = ExtensionWorker | TestPage;

export async function readRawLibrary(reader: LibraryReader): Promise<RawLibrary> {
  if ('status' in reader && reader.status() !== 'running') await reader.start();
  const library = await reader.evaluate(async (name: string) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = <T,>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    const highlights = db.objectStoreNames.contains('articleHighlights')
      ? (await all<{ highlights: RawHighlight[] }>('articleHighlights')).flatMap((row) => row.highlights)
      : await all<RawHighlight>('highlights');
    const raw = {
      version: db.version,
      articles: await all<{ key: string; highlightCount: number }>('articles'),
      bodies: await all<{ key: string }>('bodies'),
      highlights,
      meta: await all('meta'),
    };
    db.close();
    return raw;
  }, LIBRARY_DB_NAME);
  library.highlights.sort((a, b) => a.id.localeCompare(b.id));
  return library;
}
