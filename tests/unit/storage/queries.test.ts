import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { highlightsIn } from '../../../utils/storage/highlight-rows';
import { readFirstScreen, readLibraryListing } from '../../../utils/storage/queries';
import { seedLibrary } from '../../bench/library-seed';
import { frenchAnalysis, freshLibrary, makeArticle } from './library-fixtures';

/** A library of three articles, saved one after another, with the highlights `frenchAnalysis` finds. */
async function threeArticles() {
  let now = 1_000;
  const library = freshLibrary({ now: () => (now += 1_000) });
  const articles = ['700', '701', '702'].map((id) => makeArticle(id));
  for (const article of articles) await library.service.saveArticle(article, frenchAnalysis(article));
  const perArticle = frenchAnalysis(articles[0]!).length;
  return { ...library, perArticle, keys: articles.map((article) => article.key) };
}

describe('the popup’s library reads', () => {
  it('lists every article newest first with every highlight while the library is at most the limit', async () => {
    const { db, perArticle, keys } = await threeArticles();
    const listing = await readLibraryListing(db, 3 * perArticle);
    expect(listing.large).toBe(false);
    expect(listing.articles.map((article) => article.key)).toEqual([...keys].reverse());
    expect(listing.highlights).toHaveLength(3 * perArticle);
    expect(listing.highlights.map((highlight) => highlight.articleKey)).toEqual(
      [...keys].reverse().flatMap((key) => Array.from({ length: perArticle }, () => key)),
    );
  });

  it('reads a library of thousands of highlights in batches of about a thousand, listing exactly what the rows hold', async () => {
    const { db } = freshLibrary();
    const seeded = seedLibrary(120, 20);
    await db.transaction('rw', db.articles, db.articleHighlights, async () => {
      await db.articles.bulkPut(seeded.articles);
      await db.articleHighlights.bulkPut(seeded.highlightRows);
    });
    const batches = vi.spyOn(db.articleHighlights, 'bulkGet');
    const listing = await readLibraryListing(db, 10_000);
    const newestFirst = [...seeded.articles].sort((a, b) => b.savedAt - a.savedAt);
    const rowOf = new Map(seeded.highlightRows.map((row) => [row.articleKey, row]));
    expect(listing).toEqual({ articles: newestFirst, highlights: highlightsIn(newestFirst.map((article) => rowOf.get(article.key))), large: false });
    // 2,400 highlights, 20 per article: three batches of at most 50 articles.
    expect(batches.mock.calls.map(([keys]) => keys.length)).toEqual([50, 50, 20]);
  });

  it('lists every article but no highlight once the library holds more than the limit (the library worker lists those)', async () => {
    const { db, perArticle } = await threeArticles();
    const listing = await readLibraryListing(db, 3 * perArticle - 1);
    expect(listing).toMatchObject({ large: true, highlights: [] });
    expect(listing.articles).toHaveLength(3);
    expect(listing.articles.every((article) => article.highlightCount === perArticle)).toBe(true);
  });

  it('lists the first screen’s articles with their highlights, leaving out those of an article over the per-article limit', async () => {
    const { db, service, perArticle, keys } = await threeArticles();
    const extra = makeArticle('703');
    await service.saveArticle(extra, [...frenchAnalysis(extra), ...frenchAnalysis(extra).map((highlight) => ({ ...highlight, origin: 'user' as const }))]);
    const big = (await db.articles.get(extra.key))!.highlightCount;
    expect(big).toBeGreaterThan(perArticle);
    const screen = await readFirstScreen(db, 2, big - 1);
    expect(screen.articles.map((article) => article.key)).toEqual([extra.key, keys[2]]);
    expect(screen.highlights.map((highlight) => highlight.articleKey)).toEqual(Array.from({ length: perArticle }, () => keys[2]));
  });
});
