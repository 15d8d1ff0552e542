/**
 * Finds lexicon cues in a sentence in one left-to-right pass: a first-character dispatch table picks
 * the phrases that may start at each position (longest first), compared on case- and script-folded
 * characters. Leftmost-longest and non-overlapping, so blockers such as "不断" shadow "不". In
 * alphabetic scripts each word is read once, and a hash of it asks a bit set whether any phrase or
 * inflected form can start there before a trie is walked.
 * A big regular-expression alternation was measured 10–20× slower than this on 1 MB.
 */
import { simplifiedCode } from './han';
import { en } from './lexicon/en';
import { fr } from './lexicon/fr';
import { ja } from './lexicon/ja';
import { ko } from './lexicon/ko';
import type { CueEntry, Lexicon, LexiconLang, WordFormCheck } from './lexicon/types';
import { vi } from './lexicon/vi';
import { zh } from './lexicon/zh';

/**
 * The cues found in a sentence, as parallel arrays reused from sentence to sentence: a long article
 * has hundreds of thousands of cues and one object per cue was most of the scanning cost.
 */
export class CueHits {
  count = 0;
  /** Offsets into the scanned text. */
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  entries: CueEntry[] = [];

  clear(): void {
    this.count = 0;
  }

  push(start: number, end: number, entry: CueEntry): void {
    if (this.count === this.starts.length) {
      const starts = new Int32Array(this.count * 2);
      const ends = new Int32Array(this.count * 2);
      starts.set(this.starts);
      ends.set(this.ends);
      this.starts = starts;
      this.ends = ends;
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.entries[this.count] = entry;
    this.count += 1;
  }

  entry(index: number): CueEntry {
    return this.entries[index] as CueEntry;
  }
}

/**
 * A trie kept in typed arrays: transitions live in one open-addressing hash table of (state, character,
 * next state) triples side by side, so one step costs a multiply and reads of one cache line.
 */
interface HashedTrie {
  /** `slots.length / 3 - 1`; the table size is a power of two. */
  mask: number;
  /** State (-1: empty), character and next state of each slot. */
  slots: Int32Array;
  /** Key ending at each state, or -1. */
  accept: Int32Array;
  /** 1 for states with at least one transition: a walk stops at a leaf without probing the table. */
  inner: Uint8Array;
}

/**
 * The lexicon's phrases, compared on folded characters (case, ’, traditional Han); the first step is
 * one read of a table indexed by the raw UTF-16 unit.
 */
export interface CompiledLexicon {
  lexicon: Lexicon;
  /**
   * The lexicon's fields the scan reads, copied here: lexicons of the six languages have different
   * shapes, compiled lexicons one, so reading them in the scan's loop is not a megamorphic look-up.
   */
  bounded: boolean;
  wordForm: WordFormCheck | undefined;
  /** `lexicon.forms` with uniform entries (see `uniform`). */
  formMap: ReadonlyMap<string, CueEntry> | undefined;
  wordFormSuffixes: string[] | undefined;
  /** Per raw UTF-16 unit: WORD for letters and digits of alphabetic scripts, DIGIT for 0-9, RECASED (see below). */
  charFlags: Uint8Array;
  /** Per raw UTF-16 unit: the trie state after reading it from the root, or -1 when no phrase starts with it. */
  rootNext: Int32Array;
  /**
   * One bit per UTF-16 unit: set when a phrase starts with it or `charFlags` has a flag for it. Most
   * CJK characters are neither; this bit set (8 KB) answers for them without reading the two tables
   * above (320 KB per language), which a long article would otherwise keep pulling into the cache.
   */
  relevant: Int32Array;
  /** 1 for phrases that are recorded as cues (not pure blockers), by phrase index. */
  kept: Uint8Array;
  /**
   * Word-boundary lexicons: a bit per `wordHash` of every phrase's first word (up to its first
   * non-word character). A phrase can only match where the text's word folds to that first word, so
   * a word whose bit is clear skips the trie walk: most words of a text start no phrase.
   */
  firstWords: Int32Array;
  /** The same for the inflected forms, hashed whole: a clear bit skips the forms trie. */
  formWords: Int32Array;
  phrases: HashedTrie;
  entries: CueEntry[];
  /** Whether each phrase ends with a letter or digit (then the next character must not be one). */
  closedEnd: Uint8Array;
  /** The lexicon's inflected forms (as written, lowercase), walked on folded characters; `formEntries` by key. */
  forms: HashedTrie | undefined;
  formEntries: CueEntry[];
}

/** Longest phrase the trie walks before giving up: longer lexicon phrases are not expected. */
const MAX_PHRASE = 48;
const WORD = 4;
const DIGIT = 8;
/**
 * Word characters whose lowercase in a whole word is not their folded form: İ (two units) and Σ (ς at
 * the end of a word). A word holding one is looked up by its `toLowerCase()`, as the forms are listed.
 */
const RECASED = 16;

const CODE_SPACE = 0x10000;
/** Every UTF-16 unit with a `charFlags` flag (word characters, digits) is below this. */
export const FLAGGED_BELOW = 0x2000;

/** Bits of the word filters (8 KB each): a thousand or so first words leave about one bit in sixty set. */
const WORD_FILTER_BITS = 1 << 16;
const WORD_HASH_SEED = 0x811c9dc5;

/** One step of the word hash (FNV-1a on UTF-16 units) the word filters are keyed by. */
function wordHash(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

function setWordBit(filter: Int32Array, hash: number): void {
  const bit = hash >>> 16;
  filter[bit >>> 5] = (filter[bit >>> 5] as number) | (1 << (bit & 31));
}

function hasWordBit(filter: Int32Array, hash: number): boolean {
  const bit = hash >>> 16;
  return ((filter[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
}

/** Folded form of every UTF-16 unit: lowercase, ’ as ', traditional Han as simplified. */
export const FOLD = new Uint16Array(CODE_SPACE);
/** 1 for letters and digits of alphabetic scripts (word boundaries); CJK counts as a boundary. */
export const WORD_CHAR = new Uint8Array(CODE_SPACE);

function initTables(): void {
  for (let code = 0; code < CODE_SPACE; code += 1) FOLD[code] = code;
  const ranges: [number, number][] = [[0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f], [0x370, 0x3ff], [0x400, 0x4ff], [0x1e00, 0x1eff]];
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code += 1) {
      if (code === 0xd7 || code === 0xf7) continue;
      WORD_CHAR[code] = 1;
      const lower = String.fromCharCode(code).toLowerCase();
      if (lower.length === 1) FOLD[code] = lower.charCodeAt(0);
    }
  }
  // Combining accents (decomposed Vietnamese, French) stay inside a word.
  for (let code = 0x300; code <= 0x36f; code += 1) WORD_CHAR[code] = 1;
  FOLD[0x2019] = 0x27;
  FOLD[0xa0] = 0x20;
  for (let code = 0x3400; code <= 0x9fff; code += 1) FOLD[code] = simplifiedCode(code);
}
initTables();

/** The word characters that `RECASED` marks (the unit tests check no other one lowercases differently). */
export const RECASED_CODES: readonly number[] = [0x130, 0x3a3];

const LEXICONS: Record<LexiconLang, Lexicon> = { en, fr, zh, ja, ko, vi };
const compiled = new Map<LexiconLang, CompiledLexicon>();

function slotOf(state: number, char: number, mask: number): number {
  return (Math.imul(state, 0x9e3779b1) ^ Math.imul(char, 0x85ebca6b)) & mask;
}

/** The trie of `keys` (sequences of UTF-16 codes); key k is accepted with index k. */
function buildTrie(keys: ArrayLike<number>[]): HashedTrie {
  // Build with Maps, then freeze into typed arrays.
  const children: Map<number, number>[] = [new Map()];
  const acceptList: number[] = [-1];
  keys.forEach((codes, index) => {
    let state = 0;
    for (let k = 0; k < codes.length; k += 1) {
      const code = codes[k] as number;
      const map = children[state] as Map<number, number>;
      let next = map.get(code);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        acceptList.push(-1);
        map.set(code, next);
      }
      state = next;
    }
    acceptList[state] = index;
  });
  const transitions = children.reduce((sum, map) => sum + map.size, 0);
  let size = 1;
  while (size < transitions * 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size * 3);
  for (let slot = 0; slot < size; slot += 1) slots[slot * 3] = -1;
  children.forEach((map, state) => {
    for (const [char, next] of map) {
      let slot = slotOf(state, char, mask);
      while (slots[slot * 3] !== -1) slot = (slot + 1) & mask;
      slots[slot * 3] = state;
      slots[slot * 3 + 1] = char;
      slots[slot * 3 + 2] = next;
    }
  });
  return { mask, slots, accept: Int32Array.from(acceptList), inner: Uint8Array.from(children, (map) => (map.size > 0 ? 1 : 0)) };
}

/** The state after reading `char` in `state`, or -1. */
function step(trie: HashedTrie, state: number, char: number): number {
  const { slots, mask } = trie;
  let slot = slotOf(state, char, mask);
  for (;;) {
    const at = slot * 3;
    const owner = slots[at] as number;
    if (owner === -1) return -1;
    if (owner === state && slots[at + 1] === char) return slots[at + 2] as number;
    slot = (slot + 1) & mask;
  }
}

function foldCodes(phrase: string): Uint16Array {
  const codes = new Uint16Array(phrase.length);
  for (let i = 0; i < phrase.length; i += 1) codes[i] = FOLD[phrase.charCodeAt(i)] ?? 0;
  return codes;
}

function rawCodes(key: string): Uint16Array {
  const codes = new Uint16Array(key.length);
  for (let i = 0; i < key.length; i += 1) codes[i] = key.charCodeAt(i);
  return codes;
}

/**
 * The same entry with every field present, in one order: entries written in the lexicons have dozens
 * of shapes, so reading a field of a hit (for each hit of each sentence) was a megamorphic look-up;
 * entries of one shape are read at a fixed offset. Equal entries stay one object (`uniformOf`).
 */
function uniform(entry: CueEntry): CueEntry {
  return {
    evidence: entry.evidence,
    weight: entry.weight,
    against: entry.against,
    polarity: entry.polarity,
    negates: entry.negates,
    negatesClause: entry.negatesClause,
    negationScope: entry.negationScope,
    pronoun: entry.pronoun,
    firstPerson: entry.firstPerson,
    reports: entry.reports,
    time: entry.time,
    blocker: entry.blocker,
    sense: entry.sense,
  };
}

/** One uniform copy per lexicon entry object, shared by every phrase and form that lists it. */
const uniformCopies = new Map<CueEntry, CueEntry>();

function uniformOf(entry: CueEntry): CueEntry {
  let copy = uniformCopies.get(entry);
  if (!copy) {
    copy = uniform(entry);
    uniformCopies.set(entry, copy);
  }
  return copy;
}

function compile(lexicon: Lexicon): CompiledLexicon {
  const listed = Object.entries(lexicon.entries)
    .filter(([phrase]) => phrase.length > 0 && phrase.length <= MAX_PHRASE)
    .map(([phrase, entry]): [string, CueEntry] => [phrase, uniformOf(entry)]);
  const folded = listed.map(([phrase]) => foldCodes(phrase));
  const phrases = buildTrie(folded);
  const entries = listed.map(([, entry]) => entry);
  const closedEnd = Uint8Array.from(folded, (codes) => (WORD_CHAR[codes[codes.length - 1] ?? 0] === 1 ? 1 : 0));
  const charFlags = new Uint8Array(CODE_SPACE);
  const rootNext = new Int32Array(CODE_SPACE);
  for (let code = 0; code < CODE_SPACE; code += 1) {
    const digit = code >= 0x30 && code <= 0x39 ? DIGIT : 0;
    charFlags[code] = (WORD_CHAR[code] === 1 ? WORD : 0) | digit;
    rootNext[code] = step(phrases, 0, FOLD[code] ?? 0);
  }
  for (const code of RECASED_CODES) charFlags[code] = (charFlags[code] ?? 0) | RECASED;
  const relevant = new Int32Array(CODE_SPACE / 32);
  for (let code = 0; code < CODE_SPACE; code += 1) {
    if ((rootNext[code] as number) >= 0 || charFlags[code] !== 0) relevant[code >>> 5] = (relevant[code >>> 5] as number) | (1 << (code & 31));
  }
  const kept = Uint8Array.from(listed, ([, entry]) => (keeps(entry) ? 1 : 0));
  const firstWords = new Int32Array(WORD_FILTER_BITS / 32);
  for (const codes of folded) {
    let hash = WORD_HASH_SEED;
    for (let k = 0; k < codes.length && WORD_CHAR[codes[k] as number] === 1; k += 1) hash = wordHash(hash, codes[k] as number);
    setWordBit(firstWords, hash);
  }
  // Forms are keyed as listed (lowercase): a text word, read folded, matches exactly the forms equal to its lowercase.
  const formList = [...(lexicon.forms ?? new Map<string, CueEntry>())].map(([form, entry]): [string, CueEntry] => [form, uniformOf(entry)]);
  const formCodes = formList.map(([form]) => rawCodes(form));
  const formWords = new Int32Array(WORD_FILTER_BITS / 32);
  for (const codes of formCodes) setWordBit(formWords, codes.reduce(wordHash, WORD_HASH_SEED));
  const forms = lexicon.forms ? buildTrie(formCodes) : undefined;
  return {
    lexicon,
    bounded: lexicon.wordBoundaries,
    wordForm: lexicon.wordForm,
    formMap: lexicon.forms ? new Map(formList) : undefined,
    wordFormSuffixes: lexicon.wordFormSuffixes,
    charFlags,
    rootNext,
    relevant,
    kept,
    firstWords,
    formWords,
    phrases,
    entries,
    closedEnd,
    forms,
    formEntries: formList.map(([, entry]) => entry),
  };
}

/** The compiled lexicon of a language, built on first use and kept for the worker's life. */
export function lexiconFor(lang: LexiconLang): CompiledLexicon {
  let entry = compiled.get(lang);
  if (!entry) {
    entry = compile(LEXICONS[lang]);
    compiled.set(lang, entry);
  }
  return entry;
}

/** Whether the word `[wordStart, wordEnd)` ends with one of the suffixes a word-form check needs. */
function hasSuffix(suffixes: string[] | undefined, text: string, wordStart: number, wordEnd: number): boolean {
  if (!suffixes) return true;
  for (const suffix of suffixes) {
    if (wordEnd - wordStart <= suffix.length) continue;
    let k = 1;
    while (k <= suffix.length && FOLD[text.charCodeAt(wordEnd - k)] === suffix.charCodeAt(suffix.length - k)) k += 1;
    if (k > suffix.length) return true;
  }
  return false;
}

function isWordChar(text: string, index: number): boolean {
  return index >= 0 && index < text.length && WORD_CHAR[text.charCodeAt(index)] === 1;
}

function keeps(entry: CueEntry): boolean {
  return !entry.blocker || Boolean(entry.evidence || entry.polarity || entry.negates || entry.negatesClause || entry.against || entry.pronoun || entry.time || entry.reports);
}

/** Ends (exclusive) and phrase indexes of the phrases starting at `i`, shortest first; reused between calls. */
const candidateEnds = new Int32Array(MAX_PHRASE);
const candidatePhrases = new Int32Array(MAX_PHRASE);

/** Phrase index found by the last successful `phraseAt` (a typed cell, so no pair is allocated per call). */
const found = new Int32Array(1);

/** End of the longest phrase starting at `i` (whose first step leads to `first`) that passes its boundary and sense checks (its index in `found`), or -1. */
function phraseAt(lexicon: CompiledLexicon, text: string, i: number, end: number, first: number): number {
  const { phrases } = lexicon;
  const { accept, inner } = phrases;
  let count = 0;
  let state = first;
  let phrase = accept[state] as number;
  if (phrase >= 0) {
    candidateEnds[0] = i + 1;
    candidatePhrases[0] = phrase;
    count = 1;
  }
  const limit = Math.min(end, i + MAX_PHRASE);
  for (let j = i + 1; j < limit && inner[state] === 1; j += 1) {
    state = step(phrases, state, FOLD[text.charCodeAt(j)] as number);
    if (state < 0) break;
    phrase = accept[state] as number;
    if (phrase >= 0) {
      candidateEnds[count] = j + 1;
      candidatePhrases[count] = phrase;
      count += 1;
    }
  }
  const bounded = lexicon.bounded;
  for (let k = count - 1; k >= 0; k -= 1) {
    const phraseEnd = candidateEnds[k] as number;
    const candidate = candidatePhrases[k] as number;
    if (bounded && lexicon.closedEnd[candidate] === 1 && isWordChar(text, phraseEnd)) continue;
    const sense = lexicon.entries[candidate]?.sense;
    if (sense && !sense(text, i, phraseEnd)) continue;
    found[0] = candidate;
    return phraseEnd;
  }
  return -1;
}

/** The entry of the inflected form that `text[start, end)` lowercases to, read on folded characters without building the word. */
function formAt(lexicon: CompiledLexicon, forms: HashedTrie, text: string, start: number, end: number): CueEntry | undefined {
  let state = 0;
  for (let j = start; j < end; j += 1) {
    state = step(forms, state, FOLD[text.charCodeAt(j)] as number);
    if (state < 0) return undefined;
  }
  const form = forms.accept[state] as number;
  return form >= 0 ? lexicon.formEntries[form] : undefined;
}

/**
 * Appends every cue in `text[start, end)` to `hits`, left to right, without overlaps; pure blockers are left out.
 * Returns HAS_DIGIT when a word or character of the span is a digit.
 * Alphabetic scripts are walked word by word (a phrase starting with a letter can only start a word);
 * CJK scripts character by character.
 */
/** `findCues` result bit: the sentence holds a digit, so it may state a figure or a dated horizon. */
export const HAS_DIGIT = 1;

export function findCues(lang: LexiconLang, text: string, start: number, end: number, hits: CueHits): number {
  return findCuesWith(lexiconFor(lang), text, start, end, hits);
}

/** `findCues` with the language's compiled lexicon at hand (the claim finder has it for each sentence). */
export function findCuesWith(compiledLexicon: CompiledLexicon, text: string, start: number, end: number, hits: CueHits): number {
  let seen = 0;
  const { bounded, wordForm, formMap, wordFormSuffixes, charFlags, rootNext, relevant, kept, firstWords, formWords, entries } = compiledLexicon;
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (((relevant[code >>> 5] as number) & (1 << (code & 31))) === 0) {
      i += 1;
      continue;
    }
    const first = rootNext[code] as number;
    // CJK text is read here: its characters have no flags, and not reading the flag table keeps it out of the cache.
    const flags = code < FLAGGED_BELOW ? (charFlags[code] as number) : 0;
    if (flags & DIGIT) seen |= HAS_DIGIT;
    if (bounded && flags & WORD) {
      // One read of the word: where it ends, whether a character recases, and its hashes on folded
      // characters: whole (inflected forms) and up to its first character folding to no word character
      // (the phrases' first words).
      let wordEnd = i + 1;
      let recased = flags & RECASED;
      const folded = FOLD[code] as number;
      const firstOpen = WORD_CHAR[folded] === 1;
      let open = firstOpen;
      let hash = wordHash(WORD_HASH_SEED, folded);
      let firstHash = hash;
      for (; wordEnd < end; wordEnd += 1) {
        const next = text.charCodeAt(wordEnd);
        const wordFlags = charFlags[next] as number;
        if (!(wordFlags & WORD)) break;
        recased |= wordFlags & RECASED;
        const nextFolded = FOLD[next] as number;
        if (open && WORD_CHAR[nextFolded] !== 1) open = false;
        hash = wordHash(hash, nextFolded);
        if (open) firstHash = hash;
      }
      // A word whose first character folds to no word character is left to the trie itself.
      const mayStartPhrase = first >= 0 && (!firstOpen || hasWordBit(firstWords, firstHash));
      const phraseEnd = mayStartPhrase ? phraseAt(compiledLexicon, text, i, end, first) : -1;
      if (phraseEnd > 0) {
        const phrase = found[0] as number;
        if (kept[phrase] === 1) hits.push(i, phraseEnd, entries[phrase] as CueEntry);
        i = phraseEnd;
        continue;
      }
      // Without rules, only a listed form can match, and the form filter (its hash is at hand) rules most words out before their endings are read.
      const formPossible = wordForm !== undefined || recased !== 0 || hasWordBit(formWords, hash);
      if ((wordForm || formMap) && wordEnd - i >= 4 && formPossible && hasSuffix(wordFormSuffixes, text, i, wordEnd)) {
        // Rule-based forms need the word itself; listed forms are walked on the text unless a character recases.
        const word = wordForm || recased ? text.slice(i, wordEnd).toLowerCase() : undefined;
        const ruled = wordForm && word !== undefined ? wordForm(word, text, i) : undefined;
        let entry = ruled ? uniformOf(ruled) : undefined;
        if (!entry && formMap) {
          if (word !== undefined) entry = formMap.get(word);
          else if (hasWordBit(formWords, hash)) entry = formAt(compiledLexicon, compiledLexicon.forms as HashedTrie, text, i, wordEnd);
        }
        if (entry) hits.push(i, wordEnd, entry);
      }
      i = wordEnd;
      continue;
    }
    const phraseEnd = first >= 0 ? phraseAt(compiledLexicon, text, i, end, first) : -1;
    if (phraseEnd > 0) {
      const phrase = found[0] as number;
      if (kept[phrase] === 1) hits.push(i, phraseEnd, entries[phrase] as CueEntry);
      i = phraseEnd;
      continue;
    }
    i += 1;
  }
  return seen;
}
