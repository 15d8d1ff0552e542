/**
 * The library's operations, as the background worker runs them: saving articles and highlights,
 * editing, deleting with undo, importing. Every write is one IndexedDB transaction, so a failure
 * (quota, a worker stopped mid-save) leaves either everything or nothing.
 */
import type { ExtractedArticle } from '../extract/types';
import { ProtocolError } from '../messaging/runtime';
import type { EntityLibraryStats } from '../messaging/protocol';
import { parseArticleUrl } from '../site';
import type { ArticleAddress } from '../site/types';
import type { LibraryDatabase } from './database';
import { withStorageErrors } from './errors';
import { highlightRow } from './highlight-rows';
import { highlightIdentity, mergeHighlights } from './merge';
import { joinArticle, readAllRecords, readHighlight, readHighlightsOf, type LibraryRecords } from './queries';
import type {
  ArticleBody,
  ArticleRecord,
  DeletedArticleSnapshot,
  NewHighlight,
  SavedArticle,
  SavedArticleSummary,
  StoredHighlight,
} from './types';

/** Where an article sits on the site, worked out from its address by the site adapter. */
export type ArticlePlace = Pick<ArticleAddress, 'key' | 'id' | 'kind' | 'locale'>;

export interface LibraryServiceOptions {
  db: LibraryDatabase;
  /** Reads an article URL; the site adapters' by default. Null when it is not an article. */
  placeOf?: (url: string) => ArticlePlace | null;
  now?: () => number;
  newId?: () => string;
}

/** How long a deleted article can be brought back: long enough for any undo, short enough not to hoard. */
export const UNDO_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;
/** Saved articles named in a tooltip's "also in N saved articles". */
export const ENTITY_STATS_LINKS = 3;

function splitArticle(article: SavedArticle, highlightCount: number): { record: ArticleRecord; body: ArticleBody } {
  const { text, blocks, ...meta } = article;
  return { record: { ...meta, textLength: text.length, highlightCount }, body: { key: article.key, text, blocks } };
}

/**
 * Above this many highlights, a page asking for its article's state gets only those the reader
 * made or wrote a note on: the automatic ones of a huge article (146,000 on a 5 MB page) would be
 * a reply of tens of megabytes, read in one long task, and the page finds them again by tagging.
 */
export const PAGE_STATE_HIGHLIGHTS = 5_000;

function forThePage(highlights: StoredHighlight[]): StoredHighlight[] {
  if (highlights.length <= PAGE_STATE_HIGHLIGHTS) return highlights;
  return highlights.filter((highlight) => highlight.origin === 'user' || (highlight.note ?? '').trim() !== '');
}

export function summarise(record: ArticleRecord): SavedArticleSummary {
  return {
    key: record.key,
    url: record.url,
    title: record.title,
    lang: record.lang,
    savedAt: record.savedAt,
    updatedAt: record.updatedAt,
    highlightCount: record.highlightCount,
  };
}

export class LibraryService {
  readonly db: LibraryDatabase;
  private readonly placeOf: (url: string) => ArticlePlace | null;
  private readonly now: () => number;
  private readonly newId: () => string;

  constructor(options: LibraryServiceOptions) {
    this.db = options.db;
    this.placeOf = options.placeOf ?? parseArticleUrl;
    this.now = options.now ?? Date.now;
    this.newId = options.newId ?? (() => crypto.randomUUID());
  }

  /** Whether an article is saved, its highlights, and which other saved articles mention the given entities. */
  articleState(key: string, entityIds: readonly string[]) {
    const { db } = this;
    return withStorageErrors(() =>
      db.transaction('r', db.articles, db.articleHighlights, async () => {
        const record = await db.articles.get(key);
        const highlights = record ? forThePage(await readHighlightsOf(db, key)) : [];
        const entityStats: Record<string, EntityLibraryStats> = {};
        for (const entityId of new Set(entityIds)) {
          const articleKeys = await db.articleHighlights.where('entityIds').equals(entityId).primaryKeys();
          const otherKeys = articleKeys.filter((other) => other !== key);
          if (otherKeys.length === 0) continue;
          const others = (await db.articles.bulkGet(otherKeys)).filter((other) => other !== undefined);
          others.sort((a, b) => b.savedAt - a.savedAt);
          entityStats[entityId] = {
            articleCount: others.length,
            articles: others.slice(0, ENTITY_STATS_LINKS).map((other) => ({ key: other.key, title: other.title, url: other.url })),
          };
        }
        return { saved: record ? summarise(record) : null, highlights, entityStats };
      }),
    );
  }

  /** Saves or updates an article; never duplicates (see `merge.ts` for how highlights merge). */
  saveArticle(article: ExtractedArticle, highlights: readonly NewHighlight[]) {
    const { db } = this;
    return withStorageErrors(() => {
      const place = this.checkedPlace(article);
      return db.transaction('rw', db.articles, db.bodies, db.articleHighlights, async () => {
        const now = this.now();
        // Requests are issued together rather than one after the other: each round trip to the
        // database waits for a turn on a busy machine, and a save is then two trips, not five.
        const [previous, stored] = await Promise.all([db.articles.get(article.key), readHighlightsOf(db, article.key)]);
        const existing = previous ? stored : [];
        const merge = mergeHighlights(existing, highlights, { articleKey: article.key, now, newId: this.newId });
        const record = this.writeArticle(article, place, previous, now, merge.result.length);
        const highlightsChanged = merge.remove.length > 0 || merge.put.length > 0;
        await Promise.all([
          highlightsChanged ? this.storeHighlights(article.key, merge.result) : undefined,
          db.articles.put(record.record),
          db.bodies.put(record.body),
        ]);
        return {
          saved: summarise(record.record),
          created: previous === undefined,
          highlights: merge.result,
        };
      });
    });
  }

  /** Adds a reader's highlight, saving the article first when it is not saved yet. */
  addHighlight(article: ExtractedArticle, highlight: NewHighlight) {
    const { db } = this;
    return withStorageErrors(() => {
      const place = this.checkedPlace(article);
      return db.transaction('rw', db.articles, db.bodies, db.articleHighlights, async () => {
        const now = this.now();
        const previous = await db.articles.get(article.key);
        const existing = previous ? await readHighlightsOf(db, article.key) : [];
        const merge = mergeHighlights(existing, [highlight], { articleKey: article.key, now, newId: this.newId });
        const added = merge.put[0];
        // An identical highlight already stored (a double click, a retried message) is returned as is.
        const identity = highlightIdentity(highlight);
        const result = added ?? merge.result.find((candidate) => highlightIdentity(candidate) === identity)!;
        let record = previous;
        if (!previous) {
          const written = this.writeArticle(article, place, undefined, now, merge.result.length);
          await db.articles.put(written.record);
          await db.bodies.put(written.body);
          record = written.record;
        } else if (added) {
          record = { ...previous, updatedAt: now, highlightCount: merge.result.length };
          await db.articles.put(record);
        }
        if (added) await this.storeHighlights(article.key, merge.result);
        return { highlight: result, saved: summarise(record!), createdArticle: !previous };
      });
    });
  }

  updateHighlight(id: string, changes: { note?: string }) {
    const { db } = this;
    return withStorageErrors(() =>
      db.transaction('rw', db.articleHighlights, async () => {
        const previous = await this.requireHighlight(id);
        const next: StoredHighlight = { ...previous, updatedAt: this.now() };
        if (changes.note !== undefined) {
          if (changes.note.trim() === '') delete next.note;
          else next.note = changes.note;
        }
        await this.putHighlights(previous.articleKey, [next]);
        return { highlight: next };
      }),
    );
  }

  deleteHighlight(id: string) {
    const { db } = this;
    return withStorageErrors(() =>
      db.transaction('rw', db.articles, db.articleHighlights, async () => {
        const highlight = await this.requireHighlight(id);
        const remaining = (await readHighlightsOf(db, highlight.articleKey)).filter((other) => other.id !== id);
        await this.storeHighlights(highlight.articleKey, remaining);
        await this.recount(highlight.articleKey, remaining.length);
        return { highlight };
      }),
    );
  }

  /** Puts a deleted highlight back exactly as it was; its article must still be saved. */
  restoreHighlight(highlight: StoredHighlight) {
    const { db } = this;
    return withStorageErrors(() =>
      db.transaction('rw', db.articles, db.articleHighlights, async () => {
        if (!(await db.articles.get(highlight.articleKey))) {
          throw new ProtocolError('not-found', 'The article of this highlight is no longer saved.');
        }
        await this.recount(highlight.articleKey, await this.putHighlights(highlight.articleKey, [highlight]));
        return { highlight };
      }),
    );
  }

  /** Deletes an article and its highlights, keeping a snapshot for undo; returns the snapshot id. */
  deleteArticle(key: string) {
    const { db } = this;
    return withStorageErrors(() =>
      db.transaction('rw', [db.articles, db.bodies, db.articleHighlights, db.deleted], async () => {
        const record = await db.articles.get(key);
        if (!record) throw new ProtocolError('not-found', 'This article is not in the library.');
        const now = this.now();
        const snapshot: DeletedArticleSnapshot = {
          id: this.newId(),
          deletedAt: now,
          article: joinArticle(record, await db.bodies.get(key)),
          highlights: await readHighlightsOf(db, key),
        };
        await db.deleted.where('deletedAt').below(now - UNDO_RETENTION_MS).delete();
        await db.deleted.add(snapshot);
        await db.articleHighlights.delete(key);
        await db.bodies.delete(key);
        await db.articles.delete(key);
        return { snapshotId: snapshot.id };
      }),
    );
  }

  /**
   * Undoes `deleteArticle`. If the article was saved again meantime, the newer save wins for the
   * article and its automatic highlights, and the snapshot's own highlights are added back.
   */
  restoreArticle(snapshotId: string) {
    const { db } = this;
    return withStorageErrors(() =>
      db.transaction('rw', [db.articles, db.bodies, db.articleHighlights, db.deleted], async () => {
        const snapshot = await db.deleted.get(snapshotId);
        if (!snapshot) return { restored: false };
        const current = await db.articles.get(snapshot.article.key);
        let highlights = snapshot.highlights;
        if (current) {
          highlights = highlights.filter((highlight) => highlight.origin === 'user' || (highlight.note ?? '') !== '');
        } else {
          const { record, body } = splitArticle(snapshot.article, 0);
          await db.articles.put(record);
          await db.bodies.put(body);
        }
        await this.recount(snapshot.article.key, await this.putHighlights(snapshot.article.key, highlights));
        await db.deleted.delete(snapshotId);
        return { restored: true };
      }),
    );
  }

  /** Removes an article the last save created (the Save button's undo); kept as a snapshot all the same. */
  async unsaveArticle(key: string) {
    if (!(await withStorageErrors(() => this.db.articles.get(key)))) return { removed: false };
    await this.deleteArticle(key);
    return { removed: true };
  }

  getArticle(key: string): Promise<SavedArticle | undefined> {
    const { db } = this;
    return withStorageErrors(() =>
      db.transaction('r', db.articles, db.bodies, async () => {
        const record = await db.articles.get(key);
        return record ? joinArticle(record, await db.bodies.get(key)) : undefined;
      }),
    );
  }

  getHighlight(id: string): Promise<StoredHighlight | undefined> {
    return withStorageErrors(() => readHighlight(this.db, id));
  }

  /** Everything saved, for export. */
  allRecords(): Promise<LibraryRecords> {
    return withStorageErrors(() => readAllRecords(this.db));
  }

  /**
   * Merges exported records into the library in one transaction. Records already there by key or
   * id are replaced by the imported ones when those are newer (or the same age), so importing an
   * export into the library it came from changes nothing, and into an empty one restores it exactly.
   */
  importRecords(records: LibraryRecords) {
    const { db } = this;
    const keys = new Set(records.articles.map((article) => article.key));
    return withStorageErrors(() => {
      if (records.highlights.some((highlight) => !keys.has(highlight.articleKey))) {
        throw new ProtocolError('invalid-message', 'The file has a highlight whose article is missing.');
      }
      return db.transaction('rw', db.articles, db.bodies, db.articleHighlights, async () => {
        const current = await db.articles.bulkGet([...keys]);
        const currentByKey = new Map(current.filter((record) => record !== undefined).map((record) => [record.key, record]));
        for (const article of records.articles) {
          const previous = currentByKey.get(article.key);
          if (previous && previous.updatedAt > article.updatedAt) continue;
          const { record, body } = splitArticle(article, previous?.highlightCount ?? 0);
          await db.articles.put(record);
          await db.bodies.put(body);
        }
        // The imported articles' rows, and any other row already holding an imported id: a highlight
        // is stored once, under the article the file gives it.
        const holders = await db.articleHighlights.where('highlightIds').anyOf(records.highlights.map((highlight) => highlight.id)).primaryKeys();
        const rowKeys = [...new Set([...keys, ...holders])];
        const rows = await db.articleHighlights.bulkGet(rowKeys);
        const byArticle = new Map(rowKeys.map((key, index) => [key, new Map((rows[index]?.highlights ?? []).map((highlight) => [highlight.id, highlight]))]));
        const holderOf = new Map<string, string>();
        for (const [key, highlights] of byArticle) for (const id of highlights.keys()) holderOf.set(id, key);
        for (const highlight of records.highlights) {
          const holder = holderOf.get(highlight.id);
          const previous = holder === undefined ? undefined : byArticle.get(holder)!.get(highlight.id);
          if (previous && previous.updatedAt > highlight.updatedAt) continue;
          if (holder !== undefined) byArticle.get(holder)!.delete(highlight.id);
          byArticle.get(highlight.articleKey)!.set(highlight.id, highlight);
          holderOf.set(highlight.id, highlight.articleKey);
        }
        for (const [key, highlights] of byArticle) {
          await this.storeHighlights(key, [...highlights.values()]);
          await this.recount(key, highlights.size);
        }
        return { articles: records.articles.length, highlights: records.highlights.length };
      });
    });
  }

  private checkedPlace(article: ExtractedArticle): ArticlePlace {
    const place = this.placeOf(article.url);
    if (!place || place.key !== article.key) {
      throw new ProtocolError('invalid-message', 'The article key does not match its address.');
    }
    return place;
  }

  private writeArticle(
    article: ExtractedArticle,
    place: ArticlePlace,
    previous: ArticleRecord | undefined,
    now: number,
    highlightCount: number,
  ): { record: ArticleRecord; body: ArticleBody } {
    return splitArticle({
      ...article,
      articleId: place.id,
      kind: place.kind,
      locale: place.locale,
      savedAt: previous?.savedAt ?? now,
      updatedAt: now,
    }, highlightCount);
  }

  /** Stores the article's highlight count again; call inside the transaction that changed them. */
  private async recount(key: string, highlightCount: number): Promise<void> {
    await this.db.articles.update(key, { highlightCount });
  }

  /** Writes every highlight of an article as its one row (no highlight: no row). */
  private async storeHighlights(key: string, highlights: readonly StoredHighlight[]): Promise<void> {
    if (highlights.length === 0) await this.db.articleHighlights.delete(key);
    else await this.db.articleHighlights.put(highlightRow(key, highlights));
  }

  /** Adds highlights to an article's row, replacing those with the same id; returns how many it then holds. */
  private async putHighlights(key: string, highlights: readonly StoredHighlight[]): Promise<number> {
    const byId = new Map((await readHighlightsOf(this.db, key)).map((highlight) => [highlight.id, highlight]));
    for (const highlight of highlights) byId.set(highlight.id, highlight);
    await this.storeHighlights(key, [...byId.values()]);
    return byId.size;
  }

  private async requireHighlight(id: string): Promise<StoredHighlight> {
    const highlight = await readHighlight(this.db, id);
    if (!highlight) throw new ProtocolError('not-found', 'This highlight is no longer in the library.');
    return highlight;
  }
}
