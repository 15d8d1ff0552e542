import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readFirstScreen, readLibraryListing } from '../../../utils/storage/queries';
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
