/** Read-only queries over the library, shared by the worker (export) and the popup (live lists). */
import type { LibraryDatabase } from './database';
import type { ArticleBody, ArticleRecord, SavedArticle, StoredHighlight } from './types';

export interface LibraryRecords {
  articles: SavedArticle[];
  highlights: StoredHighlight[];
}

/** What the popup lists: article rows newest first (without bodies) and every highlight. */
export function readLibrarySnapshot(db: LibraryDatabase): Promise<{ articles: ArticleRecord[]; highlights: StoredHighlight[] }> {
  return db.transaction('r', db.articles, db.highlights, async () => ({
    articles: await db.articles.orderBy('savedAt').reverse().toArray(),
    highlights: await db.highlights.toArray(),
  }));
}

/**
 * What the popup's first screen needs: the newest `articleCount` articles and their highlights.
 * Reading the whole library takes far longer (10,000 highlights: hundreds of ms) and follows after.
 */
export function readFirstScreen(
  db: LibraryDatabase,
  articleCount: number,
): Promise<{ articles: ArticleRecord[]; highlights: StoredHighlight[] }> {
  return db.transaction('r', db.articles, db.highlights, async () => {
    const articles = await db.articles.orderBy('savedAt').reverse().limit(articleCount).toArray();
    const keys = articles.map((article) => article.key);
    return { articles, highlights: await db.highlights.where('articleKey').anyOf(keys).toArray() };
  });
}

export function joinArticle(record: ArticleRecord, body: ArticleBody | undefined): SavedArticle {
  const { textLength: _length, highlightCount: _count, ...meta } = record;
  return { ...meta, text: body?.text ?? '', blocks: body?.blocks ?? [] };
}

/** Everything saved, bodies included, newest first: what an export holds. */
export function readAllRecords(db: LibraryDatabase): Promise<LibraryRecords> {
  return db.transaction('r', db.articles, db.bodies, db.highlights, async () => {
    const records = await db.articles.orderBy('savedAt').reverse().toArray();
    const bodies = await db.bodies.bulkGet(records.map((record) => record.key));
    return {
      articles: records.map((record, index) => joinArticle(record, bodies[index])),
      highlights: await db.highlights.toArray(),
    };
  });
}
