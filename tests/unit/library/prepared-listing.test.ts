import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LibrarySearch } from '../../../utils/library/library-search';
import { filterChoices, groupByArticle, libraryRows, type LibraryFilters, type LibrarySnapshot } from '../../../utils/library/library-view';
import { prepareListing, prepareListingNow } from '../../../utils/library/prepared-listing';
import { highlightsIn } from '../../../utils/storage/highlight-rows';
import type { ArticleRecord, HighlightKind, StoredHighlight } from '../../../utils/storage/types';
import { seedLibrary } from '../../bench/library-seed';

function article(key: string, title: string, lang: string, highlightCount: number): ArticleRecord {
  return {
    key, title, url: `https://www.techflowpost.com/${key}`, lang, authors: [], editors: [], translators: [], compilers: [],
    guests: [], hosts: [], method: 'readability', articleId: key, kind: 'article', locale: 'fr-FR', savedAt: 1, updatedAt: 1,
    textLength: 100, highlightCount,
  };
}

const KINDS: HighlightKind[] = ['claim', 'token', 'company', 'note'];
const word = fc.constantFrom('Bitcoin', 'économie', 'Zeng', 'relire', '比特币', '突破', 'ΟΔΟΣ', 'e\u0301te\u0301', ' ', ', ');
const words = fc.array(word, { maxLength: 6 }).map((pieces) => pieces.join(''));

/** Libraries with highlights out of page order, shared starts, speakers, stances, and highlights of no listed article. */
const libraries = fc
  .array(
    fc.record({
      title: words,
      lang: fc.constantFrom('fr', 'zh-CN', 'en'),
      highlights: fc.array(
        fc.record({
          start: fc.nat(40),
          length: fc.nat(5),
          kind: fc.constantFrom(...KINDS),
          quote: words,
          speaker: fc.option(fc.constantFrom('Zeng Ming', '曾鸣'), { nil: undefined }),
          stance: fc.option(fc.constantFrom('bullish' as const, 'bearish' as const), { nil: undefined }),
        }),
        { maxLength: 6 },
      ),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((drafts): LibrarySnapshot => {
    const articles = drafts.map((draft, index) => article(`a${index}`, draft.title, draft.lang, draft.highlights.length));
    const highlights: StoredHighlight[] = drafts.flatMap((draft, index) =>
      draft.highlights.map((fields, h) => ({
        id: `h${index}-${h}`,
        // The last draft's highlights belong to no listed article.
        articleKey: index === drafts.length - 1 && index > 0 ? 'gone' : `a${index}`,
        kind: fields.kind, origin: 'auto', createdAt: 1, updatedAt: 1,
        quote: { type: 'TextQuoteSelector', exact: fields.quote, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: fields.start, end: fields.start + fields.length },
        ...(fields.speaker ? { speaker: fields.speaker } : {}),
        ...(fields.stance ? { stance: fields.stance } : {}),
      })),
    );
    return { articles, highlights };
  });

const QUERIES = ['bit', 'bitcoin', 'econ', 'relire zeng', '比特', '突', 'οδοσ', 'ete', 'x'];
const FILTERS: LibraryFilters[] = [{}, { kind: 'claim' }, { lang: 'zh-CN' }, { speaker: 'Zeng Ming', stance: 'bullish' }];

function ids(rows: ReturnType<typeof libraryRows>): string[] {
  return rows.map((row) => (row.type === 'article' ? `${row.article.key}:${row.shown}/${row.total}` : row.highlight.id));
}

describe('a listing prepared ahead', () => {
  it('holds what grouping, filter choices and a search made at once hold, and lists and searches alike, for any library', () => {
    fc.assert(
      fc.property(libraries, (snapshot) => {
        const prepared = prepareListingNow(snapshot);
        const byArticle = groupByArticle(snapshot.highlights);
        expect(prepared.byArticle).toEqual(byArticle);
        expect(prepared.choices).toEqual(filterChoices(snapshot));
        const search = new LibrarySearch();
        search.sync(snapshot.articles, snapshot.highlights);
        for (const filters of FILTERS) {
          expect(ids(libraryRows(snapshot, prepared.byArticle, filters))).toEqual(ids(libraryRows(snapshot, byArticle, filters)));
          for (const query of QUERIES) {
            const expected = search.search(query);
            const found = prepared.search.search(query);
            expect(found, query).toEqual(expected);
            expect(ids(libraryRows(snapshot, prepared.byArticle, filters, found)), query).toEqual(ids(libraryRows(snapshot, byArticle, filters, expected)));
          }
        }
      }),
    );
  });

  it('lists the bench’s library (500 articles, 10,000 highlights) exactly as before for every query typed', () => {
    const seeded = seedLibrary(500, 20);
    const articles = [...seeded.articles].reverse();
    const rowOf = new Map(seeded.highlightRows.map((row) => [row.articleKey, row]));
    const snapshot = { articles, highlights: highlightsIn(articles.map((record) => rowOf.get(record.key))) };
    const prepared = prepareListingNow(snapshot);
    const byArticle = groupByArticle(snapshot.highlights);
    const search = new LibrarySearch();
    search.sync(snapshot.articles, snapshot.highlights);
    for (const typed of ['bitcoin', 'intelligence', '比特币', 'relire', 'zeng ming', 'analyse 4']) {
      for (let end = 1; end <= typed.length; end += 1) {
        const query = typed.slice(0, end);
        expect(ids(libraryRows(snapshot, prepared.byArticle, {}, prepared.search.search(query))), query).toEqual(
          ids(libraryRows(snapshot, byArticle, {}, search.search(query))),
        );
      }
    }
  });

  it('is prepared in steps of one record or a few folds each, so the work can be sliced as finely as needed', () => {
    const seeded = seedLibrary(10, 20);
    const snapshot = { articles: seeded.articles, highlights: highlightsIn(seeded.highlightRows) };
    let steps = 0;
    const preparing = prepareListing(snapshot);
    while (!preparing.next().done) steps += 1;
    // A step for every highlight grouped, group sorted, article's rows made and document taken in,
    // and one per few folds.
    expect(steps).toBeGreaterThanOrEqual(2 * snapshot.highlights.length + 2 * snapshot.articles.length);
  });
});
