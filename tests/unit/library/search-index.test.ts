import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LibrarySearch, indexTerms, queryTerms } from '../../../utils/library/search-index';
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

describe('library search', () => {
  const search = new LibrarySearch();
  search.sync(
    [article('fr', 'Zeng Ming : l’économie des créateurs'), article('zh', '曾鸣谈 Web3 与比特币')],
    [
      highlight('h1', 'fr', 'Je pense que le Bitcoin dépassera 150 000 dollars'),
      highlight('h2', 'zh', '我认为比特币将突破 15 万美元', '很乐观'),
      highlight('h3', 'fr', 'Alibaba investit', 'à relire'),
    ],
  );

  it('finds titles, quotes and notes by word prefix, ignoring case and accents', () => {
    expect(search.search('econom')).toEqual({ articleKeys: new Set(['fr']), highlightIds: new Set() });
    expect(search.search('bitc').highlightIds).toEqual(new Set(['h1']));
    expect(search.search('RELIRE').highlightIds).toEqual(new Set(['h3']));
    expect(search.search('depassera bitcoin').highlightIds).toEqual(new Set(['h1']));
  });

  it('finds Chinese text from any two characters typed, or one', () => {
    expect(search.search('比特币')).toEqual({ articleKeys: new Set(['zh']), highlightIds: new Set(['h2']) });
    expect(search.search('突破').highlightIds).toEqual(new Set(['h2']));
    expect(search.search('乐').highlightIds).toEqual(new Set(['h2']));
  });

  it('finds nothing for an empty query or a word that is not there', () => {
    expect(search.search('  ').highlightIds.size).toBe(0);
    expect(search.search('solana').highlightIds.size).toBe(0);
  });

  it('follows the library as it changes', () => {
    const live = new LibrarySearch();
    const a = article('a', 'Premier titre');
    live.sync([a], [highlight('x', 'a', 'Ethereum reste la plateforme')]);
    live.sync([a], [highlight('x', 'a', 'Ethereum reste la plateforme', 'note neuve')]);
    expect(live.search('neuve').highlightIds).toEqual(new Set(['x']));
    live.sync([a], []);
    expect(live.search('ethereum').highlightIds.size).toBe(0);
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
