/**
 * The MiniSearch index behind search as you type (loaded on demand, after the first screen): words
 * by prefix, Chinese and Japanese by characters and pairs, every query term required.
 */
import MiniSearch from 'minisearch';
import type { TermIndex } from './library-search';
import { fold, indexTerms, queryTerms } from './search-text';

interface SearchDocument {
  id: string;
  text: string;
}

export function createSearchIndex(): TermIndex {
  const index = new MiniSearch<SearchDocument>({
    fields: ['text'],
    tokenize: indexTerms,
    processTerm: fold,
    searchOptions: { tokenize: queryTerms, processTerm: fold, prefix: true, combineWith: 'AND' },
  });
  return {
    add: (id, text) => index.add({ id, text }),
    discard: (id) => index.discard(id),
    search: (query) => index.search(query).map((result) => String(result.id)),
  };
}
