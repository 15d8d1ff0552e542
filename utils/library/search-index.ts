/**
 * Search as you type over saved titles, quotes and notes, with MiniSearch. Words are matched by
 * prefix, without case or accents; Chinese and Japanese, written without spaces, are indexed as
 * single characters and pairs, so any run of two or more characters typed finds the text holding it.
 */
import MiniSearch from 'minisearch';
import type { ArticleRecord, StoredHighlight } from '../storage/types';

interface SearchDocument {
  /** `a:<article key>` or `h:<highlight id>`. */
  id: string;
  text: string;
}

/** Han, kana and CJK punctuation-free runs: scripts written without spaces between words. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const TOKEN = /[\p{L}\p{N}]+/gu;

function fold(term: string): string {
  return term.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Splits a run into spaced-script words and unspaced-script runs. */
function runs(text: string): string[] {
  const pieces: string[] = [];
  for (const match of text.matchAll(TOKEN)) {
    let current = '';
    let unspaced = false;
    for (const char of match[0]) {
      const isUnspaced = UNSPACED_SCRIPT.test(char);
      if (current && isUnspaced !== unspaced) {
        pieces.push(current);
        current = '';
      }
      unspaced = isUnspaced;
      current += char;
    }
    if (current) pieces.push(current);
  }
  return pieces;
}

function isUnspaced(run: string): boolean {
  return UNSPACED_SCRIPT.test(run);
}

/** Index terms: words, and for unspaced scripts every character and every pair of characters. */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const run of runs(text)) {
    if (!isUnspaced(run)) {
      terms.push(run);
      continue;
    }
    const chars = Array.from(run);
    chars.forEach((char, index) => {
      terms.push(char);
      if (index + 1 < chars.length) terms.push(char + chars[index + 1]);
    });
  }
  return terms;
}

/** Query terms: words, and for unspaced scripts the pairs (or the single character typed). */
export function queryTerms(text: string): string[] {
  const terms: string[] = [];
  for (const run of runs(text)) {
    const chars = Array.from(run);
    if (!isUnspaced(run) || chars.length === 1) {
      terms.push(run);
      continue;
    }
    for (let index = 0; index + 1 < chars.length; index += 1) terms.push(chars[index]! + chars[index + 1]!);
  }
  return terms;
}

export interface SearchHits {
  articleKeys: ReadonlySet<string>;
  highlightIds: ReadonlySet<string>;
}

function articleDocument(article: ArticleRecord): SearchDocument {
  return { id: `a:${article.key}`, text: [article.title, article.lead ?? '', ...article.guests].join('\n') };
}

function highlightDocument(highlight: StoredHighlight): SearchDocument {
  return {
    id: `h:${highlight.id}`,
    text: [highlight.quote.exact, highlight.note ?? '', highlight.speaker ?? '', highlight.entityName ?? '', highlight.symbol ?? ''].join('\n'),
  };
}

/** The index over the library; `sync` brings it up to date with what a live query returned. */
export class LibrarySearch {
  private readonly index = new MiniSearch<SearchDocument>({
    fields: ['text'],
    tokenize: indexTerms,
    processTerm: fold,
    searchOptions: { tokenize: queryTerms, processTerm: fold, prefix: true, combineWith: 'AND' },
  });
  /** Text indexed per document id, to update only what changed. */
  private readonly indexed = new Map<string, string>();

  sync(articles: readonly ArticleRecord[], highlights: readonly StoredHighlight[]): void {
    const current = new Map<string, SearchDocument>();
    for (const article of articles) current.set(`a:${article.key}`, articleDocument(article));
    for (const highlight of highlights) current.set(`h:${highlight.id}`, highlightDocument(highlight));
    for (const id of [...this.indexed.keys()]) {
      if (!current.has(id)) {
        this.index.discard(id);
        this.indexed.delete(id);
      }
    }
    const added: SearchDocument[] = [];
    for (const [id, document] of current) {
      const previous = this.indexed.get(id);
      if (previous === document.text) continue;
      if (previous !== undefined) this.index.discard(id);
      this.indexed.set(id, document.text);
      added.push(document);
    }
    this.index.addAll(added);
  }

  search(query: string): SearchHits {
    const articleKeys = new Set<string>();
    const highlightIds = new Set<string>();
    if (queryTerms(query).length === 0) return { articleKeys, highlightIds };
    for (const result of this.index.search(query)) {
      const id = String(result.id);
      if (id.startsWith('a:')) articleKeys.add(id.slice(2));
      else highlightIds.add(id.slice(2));
    }
    return { articleKeys, highlightIds };
  }
}
