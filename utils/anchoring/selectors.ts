/**
 * W3C Web Annotation selectors both ways: `describe` turns a stretch of the live article text into a
 * TextQuoteSelector (with prefix/suffix) and a TextPositionSelector; `anchor` finds it again, trying
 * the exact position (checked against the quote and its prefix/suffix), then the exact quote
 * (prefix/suffix decide between repeats), then an approximate quote for edited text. Whatever cannot be placed is an orphan (null),
 * which callers keep and list, never drop.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../storage/types';
import { editDistance, searchFuzzy, type FuzzyMatch } from './fuzzy';
import type { TextIndex } from './text-index';

export interface TextSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** What `anchor` needs: the quote always, the position when known. */
export interface AnchorTarget {
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface Anchored {
  start: number;
  end: number;
  method: AnchorMethod;
}

/** Characters of context kept on each side of a quote: enough to tell repeats of a phrase apart. */
export const CONTEXT_LENGTH = 32;
/** Most occurrences of a quote weighed against each other (a one-letter quote repeats endlessly). */
const MAX_QUOTE_CANDIDATES = 2_000;
/** Share of a quote's characters that may differ when matching approximately. */
const FUZZY_ERROR_RATIO = 0.2;
/** Quotes shorter than this are never matched approximately: too many false friends. */
const FUZZY_MIN_LENGTH = 8;
/** Above this length a quote is matched approximately by its head and tail, then checked whole. */
const FUZZY_FULL_PATTERN_MAX = 256;
/** Length of the head and tail pieces used for long quotes. */
const FUZZY_PIECE_LENGTH = 64;
/** Approximate head matches followed up for one long quote. */
const FUZZY_MAX_HEADS = 20;
/** First look this far (characters) around the stored position before scanning the whole text. */
const FUZZY_WINDOW = 20_000;
/** Texts longer than this are scanned approximately only around the stored position. */
const FUZZY_FULL_SCAN_MAX = 2_000_000;
/** Weights of a candidate's quote, context and position similarity (quote matters most). */
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const POSITION_WEIGHT = 2;

/** Selectors for text offsets [start, end) of `text`. */
export function describeOffsets(text: string, start: number, end: number): TextSelectors {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** Selectors for a DOM range in the indexed article; null when it covers no article text. */
export function describe(index: TextIndex, range: AbstractRange): TextSelectors | null {
  const offsets = index.offsetsOf(range);
  return offsets ? describeOffsets(index.text, offsets.start, offsets.end) : null;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Exact occurrences of the quote; the one whose surroundings match the stored context best wins. */
function anchorExactQuote(text: string, quote: TextQuoteSelector, hint: number): Anchored | null {
  const { exact, prefix, suffix } = quote;
  let best: Anchored | null = null;
  let bestContext = -1;
  let bestDistance = Infinity;
  let found = 0;
  for (let at = text.indexOf(exact); at >= 0 && found < MAX_QUOTE_CANDIDATES; at = text.indexOf(exact, at + 1)) {
    found++;
    const end = at + exact.length;
    const context =
      commonSuffixLength(text.slice(Math.max(0, at - prefix.length), at), prefix) +
      commonPrefixLength(text.slice(end, end + suffix.length), suffix);
    const distance = Math.abs(at - hint);
    if (context > bestContext || (context === bestContext && distance < bestDistance)) {
      best = { start: at, end, method: 'quote' };
      bestContext = context;
      bestDistance = distance;
    }
  }
  return best;
}

function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  return 1 - Math.min(1, editDistance(expected, actual) / expected.length);
}

/** Approximate matches of a long quote: head and tail found apart, then the whole checked. */
function longQuoteCandidates(text: string, exact: string, maxErrors: number, from: number, to: number): FuzzyMatch[] {
  const head = exact.slice(0, FUZZY_PIECE_LENGTH);
  const tail = exact.slice(-FUZZY_PIECE_LENGTH);
  const pieceErrors = Math.floor(FUZZY_PIECE_LENGTH * FUZZY_ERROR_RATIO);
  const heads = searchFuzzy(head, text, pieceErrors, from, to)
    .sort((a, b) => a.errors - b.errors)
    .slice(0, FUZZY_MAX_HEADS);
  const candidates: FuzzyMatch[] = [];
  for (const headMatch of heads) {
    const tailFrom = Math.max(0, headMatch.start + exact.length - FUZZY_PIECE_LENGTH - maxErrors);
    const tailTo = Math.min(text.length, headMatch.start + exact.length + maxErrors);
    const tails = searchFuzzy(tail, text, pieceErrors, tailFrom, tailTo);
    for (const tailMatch of tails) {
      if (tailMatch.end <= headMatch.start) continue;
      const errors = editDistance(exact, text.slice(headMatch.start, tailMatch.end));
      if (errors <= maxErrors) candidates.push({ start: headMatch.start, end: tailMatch.end, errors });
    }
  }
  return candidates;
}

/** Approximate quote match, scored on the quote, its context and its distance from the stored position. */
function anchorFuzzyQuote(text: string, quote: TextQuoteSelector, hint: number | undefined): Anchored | null {
  const { exact, prefix, suffix } = quote;
  if (exact.length < FUZZY_MIN_LENGTH) return null;
  const maxErrors = Math.floor(exact.length * FUZZY_ERROR_RATIO);
  const search = (from: number, to: number) =>
    exact.length <= FUZZY_FULL_PATTERN_MAX
      ? searchFuzzy(exact, text, maxErrors, from, to)
      : longQuoteCandidates(text, exact, maxErrors, from, to);
  let candidates: FuzzyMatch[] = [];
  if (hint !== undefined) {
    const from = Math.max(0, hint - FUZZY_WINDOW);
    const to = Math.min(text.length, hint + exact.length + FUZZY_WINDOW);
    candidates = search(from, to);
    if (candidates.length === 0 && (from > 0 || to < text.length) && text.length <= FUZZY_FULL_SCAN_MAX) {
      candidates = search(0, text.length);
    }
  } else if (text.length <= FUZZY_FULL_SCAN_MAX) {
    candidates = search(0, text.length);
  }
  let best: Anchored | null = null;
  let bestScore = -Infinity;
  for (const candidate of candidates) {
    const before = text.slice(Math.max(0, candidate.start - prefix.length), candidate.start);
    const after = text.slice(candidate.end, candidate.end + suffix.length);
    const score =
      QUOTE_WEIGHT * (1 - candidate.errors / exact.length) +
      (CONTEXT_WEIGHT * (similarity(before, prefix) + similarity(after, suffix))) / 2 +
      (hint === undefined ? 0 : POSITION_WEIGHT * (1 - Math.min(1, Math.abs(candidate.start - hint) / text.length)));
    if (score > bestScore) {
      bestScore = score;
      best = { start: candidate.start, end: candidate.end, method: 'fuzzy' };
    }
  }
  return best;
}

/**
 * The stored position still holds the quote with the context it was saved with. The quote alone is
 * not enough: a short quote ("b", "le") recurs so often that, once text is added before it, another
 * occurrence can sit at the old offset; only the context tells that it is not the saved one.
 */
function holdsQuoteInContext(text: string, quote: TextQuoteSelector, position: TextPositionSelector): boolean {
  const { start, end } = position;
  if (start < 0 || end > text.length || text.slice(start, end) !== quote.exact) return false;
  return (
    text.slice(Math.max(0, start - quote.prefix.length), start) === quote.prefix &&
    text.slice(end, end + quote.suffix.length) === quote.suffix
  );
}

/** Finds the selectors' text in `text`; null means an orphan. */
export function anchorOffsets(text: string, target: AnchorTarget): Anchored | null {
  const { quote, position } = target;
  if (quote.exact.length === 0) return null;
  if (position && holdsQuoteInContext(text, quote, position)) {
    return { start: position.start, end: position.end, method: 'position' };
  }
  const hint = position?.start;
  return anchorExactQuote(text, quote, hint ?? 0) ?? anchorFuzzyQuote(text, quote, hint);
}

/** Finds the selectors' text on the live page: text offsets, the DOM range and how it was found. */
export function anchor(index: TextIndex, target: AnchorTarget): (Anchored & { range: Range }) | null {
  const found = anchorOffsets(index.text, target);
  if (!found) return null;
  const range = index.toRange(found.start, found.end);
  return range ? { ...found, range } : null;
}
