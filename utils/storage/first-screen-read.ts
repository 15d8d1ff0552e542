/**
 * The popup's first screen read straight from IndexedDB, without Dexie: it starts as the popup's
 * script starts, overlapping the rest of the script's loading, and Dexie (half of the popup's code)
 * is loaded only once the first screen is painted. Anything but a library of the current version
 * (none yet, an older one, IndexedDB unavailable) answers null, and the popup reads through Dexie,
 * which creates, upgrades or reports it.
 */
import { highlightsIn } from './highlight-rows';
import type { LibraryListing } from './queries';
import { CURRENT_SCHEMA_VERSION, LIBRARY_DB_NAME } from './schema';
import type { ArticleHighlights, ArticleRecord } from './types';

/** Articles whose highlights the first render shows: more than a 580 px popup can hold. */
export const FIRST_SCREEN_ARTICLES = 8;
/**
 * An article with more highlights is listed without them on the first screen: its IndexedDB row is
 * read in one task, about 10 ms per thousand highlights on a loaded machine.
 */
export const FIRST_SCREEN_ARTICLE_HIGHLIGHTS = 2_000;

/**
 * `getAllRecords` (Chromium 141+) reads the newest articles in one round trip; elsewhere a cursor
 * steps through them.
 */
interface IndexWithRecords extends IDBIndex {
  getAllRecords?: (options: { direction: IDBCursorDirection; count: number }) => IDBRequest<Array<{ value: unknown }>>;
}

/** Dexie opens schema version n as IndexedDB version n × 10. */
const DEXIE_VERSION_FACTOR = 10;

/** Where the library is: the browser's IndexedDB and the library's name, unless a test says otherwise. */
export interface DirectReadOptions {
  factory?: IDBFactory | undefined;
  name?: string;
}

/**
 * The newest `articleCount` articles and their highlights, as `readFirstScreen` lists them (an
 * article with more than `maxArticleHighlights` without them), or null where Dexie must read.
 */
export function readFirstScreenDirect(
  articleCount: number,
  maxArticleHighlights: number,
  { factory = globalThis.indexedDB, name = LIBRARY_DB_NAME }: DirectReadOptions = {},
): Promise<LibraryListing | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      if (!factory) throw new Error('IndexedDB is unavailable.');
      request = factory.open(name);
    } catch {
      resolve(null);
      return;
    }
    // No library yet: aborting leaves no database behind, and Dexie creates it with its identity.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
    request.onsuccess = () => {
      const db = request.result;
      const finish = (listing: LibraryListing | null) => {
        db.close();
        resolve(listing);
      };
      const stores = db.objectStoreNames;
      if (db.version !== CURRENT_SCHEMA_VERSION * DEXIE_VERSION_FACTOR || !stores.contains('articles') || !stores.contains('articleHighlights')) {
        finish(null);
        return;
      }
      const articles: ArticleRecord[] = [];
      const rows = new Map<string, ArticleHighlights>();
      try {
        const tx = db.transaction(['articles', 'articleHighlights'], 'readonly');
        const highlightRows = tx.objectStore('articleHighlights');
        // Asked all at once, the rows come back in one round trip to the browser's database.
        const readHighlights = () => {
          for (const article of articles) {
            if (article.highlightCount > maxArticleHighlights) continue;
            const row = highlightRows.get(article.key);
            row.onsuccess = () => {
              if (row.result) rows.set(article.key, row.result as ArticleHighlights);
            };
          }
        };
        const bySavedAt = tx.objectStore('articles').index('savedAt') as IndexWithRecords;
        if (typeof bySavedAt.getAllRecords === 'function') {
          const newest = bySavedAt.getAllRecords({ direction: 'prev', count: articleCount });
          newest.onsuccess = () => {
            for (const record of newest.result) articles.push(record.value as ArticleRecord);
            readHighlights();
          };
        } else {
          const newest = bySavedAt.openCursor(null, 'prev');
          newest.onsuccess = () => {
            const cursor = newest.result;
            if (cursor && articles.length < articleCount) {
              articles.push(cursor.value as ArticleRecord);
              if (articles.length < articleCount) {
                cursor.continue();
                return;
              }
            }
            readHighlights();
          };
        }
        tx.oncomplete = () => finish({ articles, highlights: highlightsIn(articles.map((article) => rows.get(article.key))) });
        tx.onabort = () => finish(null);
      } catch {
        finish(null);
      }
    };
  });
}
