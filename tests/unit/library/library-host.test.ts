import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LibraryHost } from '../../../utils/library/library-host';
import { LibrarySearch } from '../../../utils/library/library-search';
import { groupByArticle, libraryRows, type LibraryFilters, type LibraryRow } from '../../../utils/library/library-view';
import { createSearchIndex } from '../../../utils/library/search-index';
import type { LibraryListing } from '../../../utils/storage/queries';
import type { ArticleRecord, HighlightKind, StoredHighlight } from '../../../utils/storage/types';

function article(key: string, title: string, savedAt: number, lang = 'fr'): ArticleRecord {
  return {
    key, title, url: `https://www.techflowpost.com/x/${key}`, lang, authors: [], editors: [], translators: [],
    compilers: [], guests: [], hosts: [], method: 'readability', articleId: key, kind: 'article', locale: 'fr-FR',
    savedAt, updatedAt: savedAt, textLength: 10, highlightCount: 0,
  };
}

function highlight(id: string, articleKey: string, start: number, exact: string, kind: HighlightKind, speaker?: string): StoredHighlight {
  return {
    id, articleKey, kind, origin: 'auto', createdAt: 1, updatedAt: 1,
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
    ...(speaker ? { speaker, stance: 'bullish' as const } : { entityId: `token:${exact.toLowerCase()}`, entityName: exact }),
  };
}

/** Newest first, highlights article by article in page order: as `readLibrarySnapshot` reads them. */
function listing(articles: ArticleRecord[], highlights: StoredHighlight[]): LibraryListing {
  const ordered = [...articles].sort((a, b) => b.savedAt - a.savedAt);
  const byArticle = groupByArticle(highlights);
  return { articles: ordered.map((record) => ({ ...record, highlightCount: byArticle.get(record.key)?.length ?? 0 })), highlights: ordered.flatMap((record) => byArticle.get(record.key) ?? []) };
}

/** The rows the popup lists on its own thread for the same library, filters and query. */
function ownRows(library: LibraryListing, filters: LibraryFilters, query: string): LibraryRow[] {
  const search = new LibrarySearch();
  search.sync(library.articles, library.highlights);
  return libraryRows(library, groupByArticle(library.highlights), filters, query.trim() ? search.search(query) : undefined);
}

/** Every row of a view, read a page at a time as the popup reads them while scrolling. */
function allRows(host: LibraryHost, viewId: number, count: number, page: number): LibraryRow[] {
  const rows: LibraryRow[] = [];
  for (let from = 0; from < count; from += page) rows.push(...host.rows(viewId, from, from + page));
  return rows;
}

const rowIds = (rows: readonly LibraryRow[]) => rows.map((row) => row.key);

const LIBRARY = listing(
  [article('a', 'Bitcoin et l’IA', 2), article('b', '曾鸣谈比特币', 1, 'zh-CN')],
  [
    highlight('h1', 'a', 30, 'Ethereum', 'token'),
    highlight('h2', 'a', 5, 'Le Bitcoin montera', 'claim', 'Zeng Ming'),
    highlight('h3', 'b', 2, '比特币', 'token'),
    highlight('h4', 'b', 9, 'Alibaba', 'company'),
  ],
);

describe('the library worker’s model', () => {
  it('lists, filters and searches the whole library as the popup’s own listing does, and says what it holds', () => {
    const host = new LibraryHost();
    const overview = host.setListing(LIBRARY);
    expect(overview).toMatchObject({ articleCount: 2, highlightCount: 4 });
    expect(overview.choices.kinds).toEqual(['claim', 'token', 'company']);
    expect(overview.entities.map((group) => group.name)).toContain('Alibaba');
    let viewId = 0;
    for (const [filters, query] of [[{}, ''], [{ kind: 'claim' }, ''], [{}, 'bitcoin'], [{ lang: 'zh-CN' }, '比特'], [{ kind: 'token' }, 'eth']] as const) {
      viewId += 1;
      const view = host.view(viewId, filters, query);
      const expected = ownRows(LIBRARY, filters, query);
      expect(view.count).toBe(expected.length);
      expect(rowIds(allRows(host, viewId, view.count, 2))).toEqual(rowIds(expected));
      expect([...view.kinds]).toEqual(expected.map((row) => (row.type === 'article' ? 1 : 0)));
    }
  });

  it('names each row with the same key in every view, one key per article or highlight', () => {
    const host = new LibraryHost();
    host.setListing(LIBRARY);
    const all = host.view(1, {}, '');
    const keyOf = new Map(rowIds(allRows(host, 1, all.count, 10)).map((id, index) => [id, all.keys[index]]));
    expect(new Set(keyOf.values()).size).toBe(all.count);
    const claims = host.view(2, { kind: 'claim' }, '');
    rowIds(allRows(host, 2, claims.count, 10)).forEach((id, index) => expect(claims.keys[index]).toBe(keyOf.get(id)));
  });

  it('gives no rows of a view a later one replaced, and lists the current view again after the library changed', () => {
    const host = new LibraryHost();
    host.setListing(LIBRARY);
    host.view(1, {}, '');
    host.view(2, { kind: 'token' }, '');
    expect(host.rows(1, 0, 10)).toEqual([]);
    const changed = listing([article('a', 'Bitcoin et l’IA', 2)], [highlight('h1', 'a', 30, 'Ethereum', 'token'), highlight('h5', 'a', 40, 'Solana', 'token')]);
    host.setListing(changed);
    const again = host.currentView()!;
    expect(again.viewId).toBe(2);
    expect(rowIds(host.rows(2, 0, again.count))).toEqual(['a:a', 'h:h1', 'h:h5']);
  });

  it('answers every search exactly at every stage of building its index, for any library and query', () => {
    const word = fc.constantFrom('Bitcoin', 'bitcoin', 'Ethereum', 'été', 'Zeng', 'Ming', '比特币', '突破', 'Alibaba', 'relire');
    const text = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));
    const kind = fc.constantFrom<HighlightKind>('token', 'company', 'claim', 'note');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: 2 }), text, kind), { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(text, fc.option(kind, { nil: undefined })), { minLength: 1, maxLength: 4 }),
        fc.nat({ max: 5 }),
        (specs, queries, slice) => {
          const articles = [article('a0', 'Bitcoin en été', 3), article('a1', '比特币突破', 2, 'zh-CN'), article('a2', 'Alibaba', 1)];
          const library = listing(articles, specs.map(([at, exact, what], index) => highlight(`h${index}`, `a${at}`, index, exact, what, what === 'claim' ? 'Zeng Ming' : undefined)));
          const host = new LibraryHost();
          host.setListing(library);
          host.attachIndex(createSearchIndex());
          let viewId = 0;
          for (;;) {
            for (const [query, filterKind] of queries) {
              const filters: LibraryFilters = filterKind ? { kind: filterKind } : {};
              viewId += 1;
              const view = host.view(viewId, filters, query);
              expect(rowIds(allRows(host, viewId, view.count, 3)), query).toEqual(rowIds(ownRows(library, filters, query)));
            }
            if (host.indexComplete) break;
            host.indexSlice(slice + 1);
          }
        },
      ),
    );
  });
});
