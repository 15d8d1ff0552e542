/**
 * The MiniSearch index behind search as you type (loaded on demand, after the first screen): words
 * by prefix, Chinese and Japanese by characters and pairs, every query term required.
 */
import MiniSearch from 'minisearch';
import type { TermIndex } from './library-search';
import { indexTerms, queryTerms } from './search-text';

interface SearchDocument {
  id: string;
  text: string;
}

const keepTerm = (term: string): string => term;

export function createSearchIndex(): TermIndex {
  const index = new MiniSearch<SearchDocument>({
    fields: ['text'],
    // Both tokenizers hand out folded terms: MiniSearch's own processing (lower case) is not wanted.
    tokenize: indexTerms,
    processTerm: keepTerm,
    searchOptions: { tokenize: queryTerms, processTerm: keepTerm, prefix: true, combineWith: 'AND' },
  });
  return {
    add: (id, text) => index.add({ id, text }),
    discard: (id) => index.discard(id),
    search: (query) => index.search(query).map((result) => String(result.id)),
  };
}
