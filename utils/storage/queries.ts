/** Read-only queries over the library, shared by the worker (export) and the popup (live lists). */
import type { LibraryDatabase } from './database';
import { highlightsIn } from './highlight-rows';
import type { ArticleBody, ArticleHighlights, ArticleRecord, SavedArticle, StoredHighlight } from './types';

export interface LibraryRecords {
  articles: SavedArticle[];
  highlights: StoredHighlight[];
}

/** Article rows newest first (without bodies) and their highlights, article by article in page order. */
export interface LibraryListing {
  articles: ArticleRecord[];
  highlights: StoredHighlight[];
}

/** Newest first, read in index order (one `getAll`) and reversed here. */
async function newestFirst(db: LibraryDatabase): Promise<ArticleRecord[]> {
  return (await db.articles.orderBy('savedAt').toArray()).reverse();
}

/** What the popup lists: every article, newest first, with its highlights. */
export function readLibrarySnapshot(db: LibraryDatabase): Promise<LibraryListing> {
  return db.transaction('r', db.articles, db.articleHighlights, async () => {
    const [articles, rows] = await Promise.all([newestFirst(db), db.articleHighlights.toArray()]);
    const rowOf = new Map(rows.map((row) => [row.articleKey, row]));
    return { articles, highlights: highlightsIn(articles.map((article) => rowOf.get(article.key))) };
  });
}

/**
 * Highlights the popup reads from IndexedDB in one batch of requests. The browser hands each batch
 * over (deserialises it) in a task of its own, about 2–3 ms per thousand highlights: reading the
 * library in batches never holds the popup's thread long enough to delay a keystroke much.
 */
const HIGHLIGHTS_PER_READ = 1_000;

/** The highlight rows of `articles`, in their order, read a batch of about HIGHLIGHTS_PER_READ highlights at a time. */
async function readRowsInBatches(db: LibraryDatabase, articles: readonly ArticleRecord[]): Promise<Array<ArticleHighlights | undefined>> {
  const rows: Array<ArticleHighlights | undefined> = [];
  let batch: string[] = [];
  let highlights = 0;
  for (const [index, article] of articles.entries()) {
    batch.push(article.key);
    highlights += article.highlightCount;
    if (highlights >= HIGHLIGHTS_PER_READ || index === articles.length - 1) {
      rows.push(...(await db.articleHighlights.bulkGet(batch)));
      batch = [];
      highlights = 0;
    }
  }
  return rows;
}

/**
 * The library as the popup's own thread reads it: every article, newest first, and every highlight
 * unless the library holds more than `maxHighlights` (then `large`, and no highlight: the library
 * worker reads and lists them, since reading or listing so many would hold the popup's thread).
 */
export function readLibraryListing(db: LibraryDatabase, maxHighlights: number): Promise<LibraryListing & { large: boolean }> {
  return db.transaction('r', db.articles, db.articleHighlights, async () => {
    const articles = await newestFirst(db);
    const total = articles.reduce((sum, article) => sum + article.highlightCount, 0);
    if (total > maxHighlights) return { articles, highlights: [], large: true };
    return { articles, highlights: highlightsIn(await readRowsInBatches(db, articles)), large: false };
  });
}

/**
 * What the popup's first screen needs: the newest `articleCount` articles and their highlights,
 * a handful of rows where the whole library is hundreds. An article with more than
 * `maxArticleHighlights` is listed without them: one IndexedDB row holds all of an article's
 * highlights, and reading a huge one is one long task (the library worker lists those).
 */
export function readFirstScreen(db: LibraryDatabase, articleCount: number, maxArticleHighlights = Infinity): Promise<LibraryListing> {
  return db.transaction('r', db.articles, db.articleHighlights, async () => {
    const articles = await db.articles.orderBy('savedAt').reverse().limit(articleCount).toArray();
    const keys = articles.filter((article) => article.highlightCount <= maxArticleHighlights).map((article) => article.key);
    const rowOf = new Map((await db.articleHighlights.bulkGet(keys)).flatMap((row) => (row ? [[row.articleKey, row] as const] : [])));
    return { articles, highlights: highlightsIn(articles.map((article) => rowOf.get(article.key))) };
  });
}

/** One article's highlights in page order. */
export async function readHighlightsOf(db: LibraryDatabase, articleKey: string): Promise<StoredHighlight[]> {
  return (await db.articleHighlights.get(articleKey))?.highlights ?? [];
}

/** The highlight with this id, wherever it is. */
export async function readHighlight(db: LibraryDatabase, id: string): Promise<StoredHighlight | undefined> {
  const row = await db.articleHighlights.where('highlightIds').equals(id).first();
  return row?.highlights.find((highlight) => highlight.id === id);
}

export function joinArticle(record: ArticleRecord, body: ArticleBody | undefined): SavedArticle {
  const { textLength: _length, highlightCount: _count, ...meta } = record;
  return { ...meta, text: body?.text ?? '', blocks: body?.blocks ?? [] };
}

/** Everything saved, bodies included, newest first: what an export holds. */
export function readAllRecords(db: LibraryDatabase): Promise<LibraryRecords> {
  return db.transaction('r', db.articles, db.bodies, db.articleHighlights, async () => {
    const records = await newestFirst(db);
    const keys = records.map((record) => record.key);
    const [bodies, rows] = await Promise.all([db.bodies.bulkGet(keys), db.articleHighlights.bulkGet(keys)]);
    return {
      articles: records.map((record, index) => joinArticle(record, bodies[index])),
      highlights: highlightsIn(rows),
    };
  });
}
