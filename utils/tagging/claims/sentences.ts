/**
 * Linear, punctuation-based sentence and clause segmentation for every site language.
 * `Intl.Segmenter` is avoided on purpose: V8's implementation is quadratic on long inputs.
 */

import type { LexiconLang } from './lexicon/types';
import { languageOf, SCRIPT, SCRIPT_HAN, SCRIPT_HANGUL, SCRIPT_KANA, SCRIPT_LATIN, SCRIPT_VIETNAMESE } from './script';

export interface Span {
  start: number;
  end: number;
}

/** Longest stretch treated as one sentence; longer runs without punctuation are code, lists or noise, not claims. */
export const MAX_SENTENCE_CHARS = 1500;

/** Lowercased words that take a period without ending a sentence (en, fr, vi titles, months, Latin short forms). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'vs', 'inc', 'ltd', 'corp', 'approx', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'cf', 'al', 'gen', 'gov', 'sen', 'rep', 'mt', 'dept',
  'univ', 'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'pr', 'env', 'av', 'c.-à-d', 'ts', 'ths', 'pgs', 'gs', 'tp',
]);

/** Short forms that only abbreviate before a number ("No. 1", "p. 12", "est. 2020"); elsewhere they are words ("I said no."). */
const ABBREVIATIONS_BEFORE_NUMBER = new Set(['no', 'nos', 'vol', 'fig', 'p', 'pp', 'art', 'n°', 'est', 'ch', 'sec']);

/** Characters that may close a sentence after its final mark and belong to it (quotes, brackets). */
function isCloser(code: number): boolean {
  return (
    code === 0x22 || code === 0x27 || code === 0x29 || code === 0x5d || code === 0xbb || code === 0x2019 ||
    code === 0x201d || code === 0x300d || code === 0x300f || code === 0xff09 || code === 0x3011 ||
    code === 0x300b || code === 0x3009 || code === 0xff3d
  );
}

/** », which French sets after a (narrow) space. */
const CLOSING_GUILLEMET = 0xbb;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000 || code === 0x0d || code === 0x202f || code === 0x2009;
}

/** Han, kana, Hangul and CJK punctuation: scripts written without spaces between sentences. */
export function isCjk(code: number): boolean {
  return (
    (code >= 0x3000 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xffef) || (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f)
  );
}

function isLowerLatin(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0xdf && code <= 0xff && code !== 0xf7);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isLetterOrDigit(code: number): boolean {
  return (
    isDigit(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x1e00 && code <= 0x1eff)
  );
}

/** Every line of `text` (without its line break), blank ones included, in order. */
export function splitLines(text: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    if (newline < 0) {
      lines.push({ start, end: text.length });
      return lines;
    }
    lines.push({ start, end: newline });
    start = newline + 1;
  }
}

/** `span` without the whitespace at either end. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text.charCodeAt(start))) start += 1;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end -= 1;
  return { start, end };
}

/** Trims the whitespace at either end of `span` by moving its bounds (no new object, for every line of a text). */
export function trimSpanInPlace(text: string, span: Span): void {
  let { start, end } = span;
  while (start < end && isSpace(text.charCodeAt(start))) start += 1;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end -= 1;
  span.start = start;
  span.end = end;
}

/** The word (letters, digits, dots, apostrophes) that ends right before `dot`. */
function wordBefore(text: string, lineStart: number, dot: number): string {
  let i = dot;
  while (i > lineStart) {
    const code = text.charCodeAt(i - 1);
    if (isLetterOrDigit(code) || code === 0x2e || code === 0x2d || code === 0xb0) i -= 1;
    else break;
  }
  return text.slice(i, dot);
}

/** Whether the period at `dot` ends a sentence, given what comes after it (`next` is the first non-space char index). */
function periodEndsSentence(text: string, lineStart: number, dot: number, afterMarks: number, next: number, lineEnd: number): boolean {
  if (next >= lineEnd) return true;
  // "3.5", "v2.0", "example.com": no space after the period.
  if (afterMarks === next && !isCjk(text.charCodeAt(next))) return false;
  const nextCode = text.charCodeAt(next);
  if (isLowerLatin(nextCode)) return false;
  const word = wordBefore(text, lineStart, dot);
  if (word.length === 0) return true;
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return false;
  if (ABBREVIATIONS_BEFORE_NUMBER.has(lower) && isDigit(nextCode)) return false;
  // Initials ("J. Powell") and dotted short forms ("U.S.", "a.k.a.").
  if (word.length === 1 && word >= 'A' && word <= 'Z') return false;
  if (word.includes('.') && word.length <= 6) return false;
  // A list number at the start of a line: "1. Le marché".
  if (/^\d{1,2}$/.test(word) && text.slice(lineStart, dot - word.length).trim() === '') return false;
  return true;
}

export interface Sentence extends Span {
  /** The lexicon that reads it, from the scripts of its letters (a Chinese article quotes English, and back). */
  lang: LexiconLang;
  /**
   * False when the sentence cannot split into clauses (see `splitClauses`): it holds no semicolon, no
   * "が、" and no comma before a contrast word's first letter. Noted while the sentence is split, so
   * most sentences never build the clause list.
   */
  mayJoinClauses: boolean;
}

/** 1: always ends a sentence (。！？!?); 2: ends one depending on what follows (. …). */
const TERMINAL = new Uint8Array(0x10000);
for (const code of [0x3002, 0xff01, 0xff1f, 0x21, 0x3f, 0xff0e]) TERMINAL[code] = 1;
TERMINAL[0x2e] = 2;
TERMINAL[0x2026] = 2;

/**
 * Per UTF-16 unit, what the sentence scan needs in one read: the script (SCRIPT_*) of a character
 * that ends no sentence, JOINER_CLASS added for one that may join clauses, or TERMINAL_CLASS for one
 * that may end a sentence.
 */
const SCRIPT_BITS = 0x0f;
const JOINER_CLASS = 0x40;
const TERMINAL_CLASS = 0x80;
/** Commas before a contrast word, semicolons, and が (of "が、"): where `splitClauses` may cut. */
const JOINER_CODES = [0x2c, 0xff0c, 0x3001, 0x3b, 0xff1b, 0x304c];
const SENTENCE_CLASS = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code += 1) SENTENCE_CLASS[code] = TERMINAL[code] === 0 ? (SCRIPT[code] as number) : TERMINAL_CLASS;
for (const code of JOINER_CODES) SENTENCE_CLASS[code] = (SENTENCE_CLASS[code] as number) | JOINER_CLASS;

function isMark(code: number): boolean {
  return TERMINAL[code] !== 0 || isCloser(code);
}

/** JavaScript's `\s`: what the contrast-word pattern of `splitClauses` lets stand between a comma and the word. */
function isPatternSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Whether a contrast word `splitClauses` cuts at may start at `at`: but, mais, nhưng (by their first two letters, in any case), 但, 不过, 可是. */
function startsContrastWord(text: string, at: number): boolean {
  const first = text.charCodeAt(at);
  if (first === 0x4f46 || first === 0x4e0d || first === 0x53ef) return true;
  const second = text.charCodeAt(at + 1);
  if (first === 0x62 || first === 0x42) return second === 0x75 || second === 0x55;
  if (first === 0x6d || first === 0x4d) return second === 0x61 || second === 0x41;
  if (first === 0x6e || first === 0x4e) return second === 0x68 || second === 0x48;
  return false;
}

/** Whether the joiner character at `i` may start a clause cut: a semicolon, "が、", or a comma before a contrast word. */
function joinsAt(text: string, i: number, lineEnd: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 0x3b || code === 0xff1b) return true;
  if (code === 0x304c) return text.charCodeAt(i + 1) === 0x3001;
  let next = i + 1;
  while (next < lineEnd && isPatternSpace(text.charCodeAt(next))) next += 1;
  return next < lineEnd && startsContrastWord(text, next);
}

function pushSentence(sentences: Sentence[], text: string, start: number, end: number, lang: LexiconLang, mayJoinClauses: boolean): void {
  // Trimmed in place (as `trimSpan` does): no span object per sentence.
  while (start < end && isSpace(text.charCodeAt(start))) start += 1;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end -= 1;
  const marker = listMarkerEnd(text, start, end);
  if (marker < end) sentences.push({ start: marker, end, lang, mayJoinClauses });
}

/** Per-script letter counts, reused by every `splitSentences` call (it is synchronous and not re-entered). */
const scriptCounts = new Int32Array(SCRIPT_VIETNAMESE + 1);

function languageOfCounts(counts: Int32Array, fallback: LexiconLang | undefined, text: string, start: number, end: number): LexiconLang {
  return languageOf(
    counts[SCRIPT_HAN] as number,
    counts[SCRIPT_KANA] as number,
    counts[SCRIPT_HANGUL] as number,
    counts[SCRIPT_LATIN] as number,
    counts[SCRIPT_VIETNAMESE] as number,
    fallback,
    text,
    start,
    end,
  );
}

/**
 * Sentences inside one line `[lineStart, lineEnd)`, trimmed, with a leading list marker left out,
 * each with the language its scripts call for (`fallback`: the article's, for Latin text). Terminators: 。！？!? always, `.`/`…` when what follows starts
 * a new sentence.
 */
export function splitSentences(text: string, lineStart: number, lineEnd: number, fallback?: LexiconLang): Sentence[] {
  const sentences: Sentence[] = [];
  let start = lineStart;
  // Letters of each script in the current sentence, indexed by SCRIPT_* (one typed-array increment per
  // character, no branch on the script: this loop sees every character of the article).
  const counts = scriptCounts;
  counts.fill(0);
  let joins = false;
  for (let i = lineStart; i < lineEnd; i += 1) {
    const code = text.charCodeAt(i);
    const kind = SENTENCE_CLASS[code] as number;
    if (kind < JOINER_CLASS) {
      counts[kind] = (counts[kind] as number) + 1;
      continue;
    }
    if (kind !== TERMINAL_CLASS) {
      const script = kind & SCRIPT_BITS;
      counts[script] = (counts[script] as number) + 1;
      joins ||= joinsAt(text, i, lineEnd);
      continue;
    }
    const terminal = TERMINAL[code] as number;
    // Swallow runs of marks ("?!", "……", "...") and closing quotes/brackets.
    let j = i + 1;
    while (j < lineEnd && isMark(text.charCodeAt(j))) j += 1;
    // French typography spaces a closing guillemet off ("…prêt à repartir. »"): it still closes this sentence.
    let guillemet = j;
    while (guillemet < lineEnd && isSpace(text.charCodeAt(guillemet))) guillemet += 1;
    if (guillemet > j && text.charCodeAt(guillemet) === CLOSING_GUILLEMET) {
      j = guillemet + 1;
      while (j < lineEnd && isMark(text.charCodeAt(j))) j += 1;
    }
    let next = j;
    while (next < lineEnd && isSpace(text.charCodeAt(next))) next += 1;
    if (terminal === 2) {
      const ends =
        code === 0x2e
          ? periodEndsSentence(text, lineStart, i, j, next, lineEnd)
          : next >= lineEnd || isCjk(text.charCodeAt(next)) || (next > j && !isLowerLatin(text.charCodeAt(next)));
      if (!ends) {
        i = j - 1;
        continue;
      }
    } else if (code === 0x21 || code === 0x3f) {
      // ASCII ! and ? end a sentence unless glued to a following word ("Yahoo!Finance", "?ref=").
      if (next === j && next < lineEnd && !isCjk(text.charCodeAt(next))) {
        i = j - 1;
        continue;
      }
    }
    pushSentence(sentences, text, start, j, languageOfCounts(counts, fallback, text, start, j), joins);
    counts.fill(0);
    joins = false;
    start = j;
    i = j - 1;
  }
  if (start < lineEnd) pushSentence(sentences, text, start, lineEnd, languageOfCounts(counts, fallback, text, start, lineEnd), joins);
  return sentences;
}

/** End of a leading list marker ("- ", "• ", "1. ", "1、", "（1）", "2)"), or `start` when there is none. */
/** Characters a list marker can start with. */
const MARKER_START = new Uint8Array(0x10000);
for (const char of '-–—•·*▪●◆■►（(0123456789一二三四五六七八九十') MARKER_START[char.charCodeAt(0)] = 1;

export function listMarkerEnd(text: string, start: number, end: number): number {
  if (start >= text.length || MARKER_START[text.charCodeAt(start)] !== 1) return start;
  const head = text.slice(start, Math.min(end, start + 8));
  const match = /^(?:[-–—•·*▪●◆■►]\s*|\d{1,2}[.、)）]\s*|[（(]\d{1,2}[)）]\s*|[一二三四五六七八九十]{1,2}[、.]\s*)/.exec(head);
  if (!match) return start;
  const after = start + match[0].length;
  // "1.5%" is a number, not a list marker.
  if (after < end && isDigit(text.charCodeAt(after)) && /\d[.]$/.test(match[0])) return start;
  return after;
}

export interface Clause extends Span {
  /** The joining word or mark that precedes this clause ("mais", "但", ";"), or "" for the first. */
  joiner: string;
}

/**
 * A comma followed by a contrast word that joins two independent clauses ("but", "mais", "nhưng", "但",
 * "不过"). "but also"/"mais aussi" add to one claim rather than contrast two, so they do not split.
 */
const CONTRAST_JOINERS =
  /[,，、]\s*(?:(but|mais|nhưng)(?![\p{L}\p{N}])(?!\s+(?:also|aussi|également|surtout|cũng))|(但是|但|不过|不過|可是))\s*,?\s*/giu;
/** Japanese "…が、": the clause-final "but" after a predicate ("対象となっているが、"), not the subject particle. */
const JAPANESE_CONTRAST = /(?<=[るたいだすんうくぐ])が、\s*/gu;
/** A contrast word right after ";" belongs to neither clause ("；而现在…", "; but …"). */
const JOINER_AFTER_SEMICOLON = /^(?:而且|而|但是|但|不过|不過|(?:but|mais|nhưng|whereas|while|tandis que)(?![\p{L}]))\s*[,，]?\s*/iu;

/**
 * Candidate clauses of a sentence: split at `;`/`；` and at a comma followed by a contrast word.
 * Each clause excludes the joining word and the punctuation around it; the last keeps the sentence's final mark.
 * Semicolons after a colon separate the items of one enumeration ("两类机会：一类是…；另一类是…"), not claims.
 */
export function splitClauses(text: string, sentence: Span): Clause[] {
  const body = text.slice(sentence.start, sentence.end);
  const cuts: { from: number; to: number; joiner: string }[] = [];
  let colon = false;
  for (let i = 0; i < body.length; i += 1) {
    const code = body.charCodeAt(i);
    if (code === 0x3a || code === 0xff1a) colon = true;
    if ((code === 0x3b || code === 0xff1b) && !colon) {
      let to = i + 1;
      while (to < body.length && isSpace(body.charCodeAt(to))) to += 1;
      const joiner = JOINER_AFTER_SEMICOLON.exec(body.slice(to, to + 16));
      cuts.push({ from: i, to: to + (joiner?.[0].length ?? 0), joiner: body[i] ?? ';' });
    }
  }
  // The joiner expressions only run when a joining word may be there at all.
  if (/[Bb]ut|[Mm]ais|nhưng|但|不[过過]|可是/.test(body)) {
    CONTRAST_JOINERS.lastIndex = 0;
    for (let match = CONTRAST_JOINERS.exec(body); match; match = CONTRAST_JOINERS.exec(body)) {
      cuts.push({ from: match.index, to: match.index + match[0].length, joiner: (match[1] ?? match[2] ?? '').toLowerCase() });
    }
  }
  if (body.includes('が、')) {
    JAPANESE_CONTRAST.lastIndex = 0;
    for (let match = JAPANESE_CONTRAST.exec(body); match; match = JAPANESE_CONTRAST.exec(body)) {
      cuts.push({ from: match.index, to: match.index + match[0].length, joiner: 'が' });
    }
  }
  if (cuts.length === 0) return [{ ...sentence, joiner: '' }];
  cuts.sort((a, b) => a.from - b.from);
  const clauses: Clause[] = [];
  let from = 0;
  let joiner = '';
  for (const cut of cuts) {
    if (cut.from < from) continue;
    const span = trimSpan(text, sentence.start + from, sentence.start + cut.from);
    if (span.end > span.start) clauses.push({ ...span, joiner });
    from = cut.to;
    joiner = cut.joiner;
  }
  const last = trimSpan(text, sentence.start + from, sentence.end);
  if (last.end > last.start) clauses.push({ ...last, joiner });
  return clauses;
}
