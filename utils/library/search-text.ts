/**
 * What search matches, without an index: the terms of titles, quotes and notes and of a query
 * (words by prefix, without case or accents; Chinese and Japanese, written without spaces, as single
 * characters and pairs), and a scan that finds exactly what the index would, used until it is built.
 */
import type { ArticleRecord, StoredHighlight } from '../storage/types';

/** Han and kana: scripts written without spaces between words. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const TOKEN = /[\p{L}\p{N}]+/gu;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

const MARKS = /\p{M}/gu;
/** Greek's word-final sigma: `toLowerCase` writes it at the end of a word only, so "ΟΔΟΣ" and "οδοσ…" would differ. */
const FINAL_SIGMA = /ς/g;

/**
 * Text as search compares it: compatibility forms unfolded (ﬁ → fi, ² → 2), accents dropped whether
 * written precomposed (é) or decomposed (e + U+0301), lower case, every sigma the same. Lowering
 * comes between two decompositions because each can produce what the other must undo ("İ" lowers
 * to "i" and a combining dot; "℡" unfolds to capitals). Folding folded text changes nothing.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(FINAL_SIGMA, 'σ');
}

/** Splits a text into spaced-script words and unspaced-script runs. */
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

/**
 * Index terms of a text, folded: words, and for unspaced scripts every character and every pair of
 * characters. Words are cut from the folded text, as the scan reads it: an accent written as a
 * separate mark then never splits a word.
 */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const run of runs(fold(text))) {
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

/** Query terms, folded: words, and for unspaced scripts the pairs (or the single character typed). */
export function queryTerms(text: string): string[] {
  const terms: string[] = [];
  for (const run of runs(fold(text))) {
    const chars = Array.from(run);
    if (!isUnspaced(run) || chars.length === 1) {
      terms.push(run);
      continue;
    }
    for (let index = 0; index + 1 < chars.length; index += 1) terms.push(chars[index]! + chars[index + 1]!);
  }
  return terms;
}

/** The searchable text of each saved article and highlight, with its document id (`a:<key>`, `h:<id>`). */
export function* searchTextEntries(articles: readonly ArticleRecord[], highlights: readonly StoredHighlight[]): Generator<[string, string], void, void> {
  for (const article of articles) yield [`a:${article.key}`, [article.title, article.lead ?? '', ...article.guests].join('\n')];
  for (const highlight of highlights) {
    yield [
      `h:${highlight.id}`,
      [highlight.quote.exact, highlight.note ?? '', highlight.speaker ?? '', highlight.entityName ?? '', highlight.symbol ?? ''].join('\n'),
    ];
  }
}

/** A query's terms, folded, each marked with whether it is from an unspaced script. */
export interface FoldedQuery {
  terms: ReadonlyArray<{ term: string; unspaced: boolean }>;
}

export function foldQuery(query: string): FoldedQuery {
  return { terms: queryTerms(query).map((term) => ({ term, unspaced: isUnspaced(term) })) };
}

/**
 * Whether every document matching `next` also matches `previous`: each of `previous`'s terms is
 * kept or extended by one of `next`'s (a word by a longer start of it, an unspaced run by a run
 * holding it).
 */
export function narrows(previous: FoldedQuery, next: FoldedQuery): boolean {
  if (previous.terms.length === 0) return false;
  return previous.terms.every((kept) =>
    next.terms.some((term) => term.unspaced === kept.unspaced && (kept.unspaced ? term.term.includes(kept.term) : term.term.startsWith(kept.term))),
  );
}

/** Whether a word of the folded text starts at `at`: the character before it does not continue that word. */
function startsWord(folded: string, at: number): boolean {
  if (at === 0) return true;
  const before = folded.charCodeAt(at - 1);
  // ASCII, most of what precedes a hit: its word characters are exactly the digits and Latin
  // letters, none of an unspaced script. Read without building a string or running a pattern.
  if (before < 0x80) return !((before >= 0x30 && before <= 0x39) || (before >= 0x41 && before <= 0x5a) || (before >= 0x61 && before <= 0x7a));
  // The low half of a surrogate pair: the character starts one code unit earlier.
  const previous = before >= 0xdc00 && before <= 0xdfff && at >= 2 ? String.fromCodePoint(folded.codePointAt(at - 2)!) : String.fromCodePoint(before);
  return !WORD_CHARACTER.test(previous) || UNSPACED_SCRIPT.test(previous);
}

/**
 * Whether a folded text holds every query term as the index would find it: a spaced-script term as
 * the start of a word, an unspaced character or pair anywhere (the index holds every one of them).
 */
export function matchesFolded(folded: string, query: FoldedQuery): boolean {
  return query.terms.every(({ term, unspaced }) => {
    if (unspaced) return folded.includes(term);
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      if (startsWord(folded, at)) return true;
    }
    return false;
  });
}
