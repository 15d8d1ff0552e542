import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LibrarySearch, type SearchHits } from '../../../utils/library/library-search';
import { createSearchIndex } from '../../../utils/library/search-index';
import { fold, foldQuery, indexTerms, narrows, queryTerms } from '../../../utils/library/search-text';
import type { ArticleRecord, StoredHighlight } from '../../../utils/storage/types';

function article(key: string, title: string): ArticleRecord {
  return {
    key, title, url: `https://www.techflowpost.com/x/${key}`, lang: 'fr', authors: [], editors: [], translators: [],
    compilers: [], guests: [], hosts: [], method: 'readability', articleId: key, kind: 'article', locale: 'fr-FR',
    savedAt: 1, updatedAt: 1, textLength: 10, highlightCount: 0,
  };
}

function highlight(id: string, articleKey: string, exact: string, note?: string): StoredHighlight {
  return {
    id, articleKey, kind: 'claim', origin: 'auto', createdAt: 1, updatedAt: 1,
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: exact.length },
    ...(note ? { note } : {}),
  };
}

const ARTICLES = [article('fr', 'Zeng Ming : l’économie des créateurs'), article('zh', '曾鸣谈 Web3 与比特币')];
const HIGHLIGHTS = [
  highlight('h1', 'fr', 'Je pense que le Bitcoin dépassera 150 000 dollars'),
  highlight('h2', 'zh', '我认为比特币将突破 15 万美元', '很乐观'),
  highlight('h3', 'fr', 'Alibaba investit', 'à relire'),
];

/** A search whose index holds every document. */
function fullyIndexed(articles: readonly ArticleRecord[], highlights: readonly StoredHighlight[]): LibrarySearch {
  const search = new LibrarySearch();
  search.sync(articles, highlights);
  search.attachIndex(createSearchIndex());
  while (!search.indexSlice(100));
  return search;
}

const hits = (articleKeys: string[], highlightIds: string[]): SearchHits => ({ articleKeys: new Set(articleKeys), highlightIds: new Set(highlightIds) });

describe('library search', () => {
  const search = fullyIndexed(ARTICLES, HIGHLIGHTS);

  it('finds titles, quotes and notes by word prefix, ignoring case and accents', () => {
    expect(search.indexComplete).toBe(true);
    expect(search.search('econom')).toEqual(hits(['fr'], []));
    expect(search.search('bitc').highlightIds).toEqual(new Set(['h1']));
    expect(search.search('RELIRE').highlightIds).toEqual(new Set(['h3']));
    expect(search.search('depassera bitcoin').highlightIds).toEqual(new Set(['h1']));
  });

  it('finds Chinese text from any two characters typed, or one', () => {
    expect(search.search('比特币')).toEqual(hits(['zh'], ['h2']));
    expect(search.search('突破').highlightIds).toEqual(new Set(['h2']));
    expect(search.search('乐').highlightIds).toEqual(new Set(['h2']));
  });

  it('finds nothing for an empty query, a word that is not there, or the middle of a word', () => {
    expect(search.search('  ').highlightIds.size).toBe(0);
    expect(search.search('solana').highlightIds.size).toBe(0);
    expect(search.search('coin').highlightIds.size).toBe(0);
  });

  it('follows the library as it changes', () => {
    const a = article('a', 'Premier titre');
    const live = fullyIndexed([a], [highlight('x', 'a', 'Ethereum reste la plateforme')]);
    live.sync([a], [highlight('x', 'a', 'Ethereum reste la plateforme', 'note neuve')]);
    expect(live.search('neuve').highlightIds).toEqual(new Set(['x']));
    while (!live.indexSlice(1));
    expect(live.search('neuve').highlightIds).toEqual(new Set(['x']));
    live.sync([a], []);
    expect(live.search('ethereum').highlightIds.size).toBe(0);
  });
});

describe('library search while its index is being built', () => {
  const QUERIES = ['econom', 'bitc', 'RELIRE', 'depassera bitcoin', '比特币', '突破', '乐', 'coin', 'zeng', '150'];
  const expected = new Map(QUERIES.map((query) => [query, fullyIndexed(ARTICLES, HIGHLIGHTS).search(query)]));

  it('answers every query exactly before the index is attached, folded ahead for the scan, and after each slice indexed', () => {
    const search = new LibrarySearch();
    search.sync(ARTICLES, HIGHLIGHTS);
    const answersMatch = () => QUERIES.forEach((query) => expect(search.search(query), query).toEqual(expected.get(query)));
    answersMatch();
    const fresh = new LibrarySearch();
    fresh.sync(ARTICLES, HIGHLIGHTS);
    // Five documents folded two at a time ahead of the scan.
    expect([fresh.prepareSlice(2), fresh.prepareSlice(2), fresh.prepareSlice(2)]).toEqual([false, false, true]);
    QUERIES.forEach((query) => expect(fresh.search(query), query).toEqual(expected.get(query)));
    expect(search.indexSlice(1)).toBe(false);
    expect(search.indexComplete).toBe(false);

    search.attachIndex(createSearchIndex());
    answersMatch();
    const slices: boolean[] = [];
    for (let slice = 0; slice < 5; slice += 1) {
      slices.push(search.indexSlice(1));
      answersMatch();
    }
    // Five documents, one per slice: only the last slice completes the index.
    expect(slices).toEqual([false, false, false, false, true]);
    expect(search.indexComplete).toBe(true);
  });

  it('finds a document changed mid-build by its new text only, and forgets a deleted one', () => {
    const search = new LibrarySearch();
    search.sync(ARTICLES, HIGHLIGHTS);
    search.attachIndex(createSearchIndex());
    search.indexSlice(3);
    const changed = HIGHLIGHTS.map((item) => (item.id === 'h1' ? highlight('h1', 'fr', 'Solana grimpe') : item)).filter((item) => item.id !== 'h3');
    search.sync(ARTICLES, changed);
    expect(search.search('solana').highlightIds).toEqual(new Set(['h1']));
    expect(search.search('bitcoin').highlightIds).toEqual(new Set());
    expect(search.search('relire').highlightIds).toEqual(new Set());
    while (!search.indexSlice(1));
    expect(search.search('solana').highlightIds).toEqual(new Set(['h1']));
    expect(search.search('bitcoin').highlightIds).toEqual(new Set());
  });

  // Greek (final and capital sigma), accents written as separate marks, compatibility forms and a
  // capital that lowers to two characters: each folds to other lengths or word boundaries.
  const piece = fc.constantFrom(
    'Bitcoin', 'bitcoin', 'BTC', 'économie', 'Économie', 'l’IA', 'créateurs', 'Zeng', 'Ming', '150', '000', 'Web3', 'été',
    'e\u0301te\u0301', 'E\u0301CONOMIE', 'ΟΔΟΣ', 'οδος', 'Σοφία', 'σοφια', 'ΑΘΗΝΑΣ', 'ﬁn', 'x²', '①', 'İstanbul', 'Ǆ', '비트코인', 'Việt',
    '比特币', '以太坊', '突破', '乐观', 'ビットコイン', 'カタカナ', 'ｶﾀｶﾅ', 'と', 'ー', ' ', ' ', ', ', '.', '\n', '-', '«', '»', '(', ')',
  );
  const text = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));

  it('answers each keystroke of a query typed on from the previous one as a fresh search does, index built or not', () => {
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 }),
        fc.nat(8),
        (texts, cuts, indexed) => {
          const articles = [article('a', texts[0]!)];
          const highlights = texts.map((quote, index) => highlight(`h${index}`, 'a', quote));
          const typed = new LibrarySearch();
          typed.sync(articles, highlights);
          typed.attachIndex(createSearchIndex());
          typed.indexSlice(indexed);
          for (const [which, from, length] of cuts) {
            const source = Array.from(texts[which % texts.length]!);
            const start = source.length === 0 ? 0 : from % source.length;
            const query = source.slice(start, start + 1 + (length % 10));
            for (let end = 1; end <= query.length; end += 1) {
              const keystroke = query.slice(0, end).join('');
              expect(typed.search(keystroke), keystroke).toEqual(fullyIndexed(articles, highlights).search(keystroke));
            }
          }
        },
      ),
    );
  });

  it('answers a keystroke that matches the same documents as the previous one with the same answer, so nothing is listed again', () => {
    const search = fullyIndexed(ARTICLES, HIGHLIGHTS);
    const bit = search.search('bit');
    expect(search.search('bitc')).toBe(bit);
    expect(search.search('bitcoin')).toBe(bit);
    expect(search.search('bitcoin d')).toBe(bit);
    expect(search.search('bitcoin z')).not.toBe(bit);
    expect(search.search('bitcoin')).toEqual(bit);
  });

  it('finds a document the library gained between two keystrokes', () => {
    const search = fullyIndexed(ARTICLES, HIGHLIGHTS);
    expect(search.search('bit').highlightIds).toEqual(new Set(['h1']));
    search.sync(ARTICLES, [...HIGHLIGHTS, highlight('h4', 'zh', 'Bitcoin ETF')]);
    expect(search.search('bitc').highlightIds).toEqual(new Set(['h1', 'h4']));
  });

  it('finds every document of a text many share, and only those still holding it once one changes, index built or not', () => {
    const articles = [article('fr', 'Bitcoin'), article('zh', 'Bitcoin')];
    const shared = ['s1', 's2', 's3', 's4'].map((id, index) => highlight(id, index < 3 ? 'fr' : 'zh', 'Bitcoin'));
    for (const indexed of [0, 3, 6]) {
      const search = new LibrarySearch();
      search.sync(articles, shared);
      search.attachIndex(createSearchIndex());
      search.indexSlice(indexed);
      expect(search.search('bitc'), `${indexed} indexed`).toEqual(hits(['fr', 'zh'], ['s1', 's2', 's3', 's4']));
      search.sync(articles, shared.map((item) => (item.id === 's2' ? highlight('s2', 'fr', 'Solana') : item)));
      expect(search.search('b'), `${indexed} indexed`).toEqual(hits(['fr', 'zh'], ['s1', 's3', 's4']));
      expect(search.search('bitcoin'), `${indexed} indexed`).toEqual(hits(['fr', 'zh'], ['s1', 's3', 's4']));
      expect(search.search('sol'), `${indexed} indexed`).toEqual(hits([], ['s2']));
    }
  });

  it('finds with the scan exactly what the finished index finds, for any texts and queries', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 5 }), (texts, cuts) => {
        const highlights = texts.map((quote, index) => highlight(`h${index}`, 'a', quote));
        const scanned = new LibrarySearch();
        scanned.sync([article('a', texts[0]!)], highlights);
        const indexed = fullyIndexed([article('a', texts[0]!)], highlights);
        for (const [which, from, length] of cuts) {
          const source = Array.from(texts[which % texts.length]!);
          const start = source.length === 0 ? 0 : from % source.length;
          const query = source.slice(start, start + 1 + (length % 8)).join('');
          expect(scanned.search(query), query).toEqual(indexed.search(query));
        }
      }),
    );
  });
});

describe('search folding', () => {
  it('finds Greek words whatever the case or the form of sigma (σ, final ς, capital Σ)', () => {
    const search = fullyIndexed([article('gr', 'Η ΟΔΟΣ της Σοφίας')], [highlight('g1', 'gr', 'ο δρόμος προς το bitcoin')]);
    expect(search.search('οδος').articleKeys).toEqual(new Set(['gr']));
    expect(search.search('ΟΔΟΣ').articleKeys).toEqual(new Set(['gr']));
    expect(search.search('οδοσ').articleKeys).toEqual(new Set(['gr']));
    expect(search.search('σοφιας').articleKeys).toEqual(new Set(['gr']));
    expect(search.search('ΔΡΟΜΟΣ').highlightIds).toEqual(new Set(['g1']));
    expect(search.search('δρομοσ προσ').highlightIds).toEqual(new Set(['g1']));
  });

  it('finds an accented word whether text and query write the accent precomposed or as a separate mark', () => {
    const search = fullyIndexed([article('a', 'L’e\u0301te\u0301 des cre\u0301ateurs')], [highlight('h', 'a', 'Un été chaud')]);
    expect(search.search('été').articleKeys).toEqual(new Set(['a']));
    expect(search.search('ete').articleKeys).toEqual(new Set(['a']));
    expect(search.search('e\u0301te\u0301').highlightIds).toEqual(new Set(['h']));
    expect(search.search('créa').articleKeys).toEqual(new Set(['a']));
    // The mark no longer splits the word: its middle is not a word start.
    expect(search.search('te').articleKeys.size).toBe(0);
  });

  it('folding folded text changes nothing, and the scan and the index fold alike', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), (text) => {
        expect(fold(fold(text))).toBe(fold(text));
        for (const term of indexTerms(text)) expect(fold(term)).toBe(term);
      }),
    );
  });
});

describe('search terms', () => {
  it('a query narrows the previous one when each previous term is kept or extended', () => {
    const narrowing = (previous: string, next: string) => narrows(foldQuery(previous), foldQuery(next));
    expect(narrowing('bit', 'bitc')).toBe(true);
    expect(narrowing('bitcoin', 'bitcoin etf')).toBe(true);
    expect(narrowing('etf', 'Bitcoin ÉTF')).toBe(true);
    expect(narrowing('比', '比特')).toBe(true);
    expect(narrowing('比特', '比特币')).toBe(true);
    expect(narrowing('bitc', 'bit')).toBe(false);
    expect(narrowing('比特', '特币')).toBe(false);
    // A final sigma folds as any sigma: "ΟΔΟΣΑ" extends "ΟΔΟΣ".
    expect(narrowing('ΟΔΟΣ', 'ΟΔΟΣΑ')).toBe(true);
    expect(narrowing(' ', 'bit')).toBe(false);
  });

  it('any run of two or more characters of an unspaced text is found by its query terms', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'比特币以太坊突破美元我认为将'), minLength: 2, maxLength: 30 }), fc.nat(), fc.nat(), (text, a, b) => {
        const chars = Array.from(text);
        const start = a % (chars.length - 1);
        const end = start + 2 + (b % (chars.length - start - 1));
        const query = chars.slice(start, end).join('');
        const indexed = new Set(indexTerms(text));
        for (const term of queryTerms(query)) expect(indexed.has(term)).toBe(true);
      }),
    );
  });
});
