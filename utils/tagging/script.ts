/**
 * Per-character tables over the BMP, built once per process: script classes for word boundaries
 * (Latin-like word characters need boundaries, CJK characters — Han, kana, Hangul — do not and count
 * as boundaries for Latin words), the boundary kinds the matcher reads to decide where a name may
 * start, and the letter/upper-case/space flags the unknown-organisation patterns read.
 */

export const OTHER = 0;
/** Letters, digits and combining marks of alphabetic scripts (Latin incl. Vietnamese, Greek, Cyrillic…). */
export const WORD = 1;
/** Han, kana, Hangul: no spaces between words, so no boundary rule inside them. */
export const CJK = 2;

/** Boundary kinds: not a word character (space, punctuation, CJK)… */
export const NOT_WORD = 0;
/** …a word character other than a digit (letters, marks, other scripts' numerals)… */
export const LETTER = 1;
/** …or an ASCII or full-width digit: amounts are glued to tickers ("1,200BTC"), so a digit before a letter is a boundary. */
export const DIGIT = 2;

/** Name-reading flags: `\p{L}` or `\p{N}`… */
export const LETTER_OR_NUMBER = 1;
/** …`\p{Lu}`… */
export const UPPER = 2;
/** …`\s`. */
export const SPACE = 4;

let bmp: string | null = null;
let script: Uint8Array | null = null;
let kinds: Uint8Array | null = null;
let nameFlags: Uint8Array | null = null;

/** Every BMP code unit in order, surrogates replaced by a space: one code point per index, for bulk regex classification. */
export function bmpString(): string {
  if (bmp) return bmp;
  const units = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code += 1) units[code] = code >= 0xd800 && code <= 0xdfff ? 0x20 : code;
  bmp = new TextDecoder('utf-16le').decode(units);
  return bmp;
}

/** Flags (1) every code unit that `negated` (a global `[^…]` class) leaves alone, in one regex pass over the BMP. */
export function classify(negated: RegExp): Uint8Array {
  const kept = bmpString().replace(negated, '\0');
  const flags = new Uint8Array(0x10000);
  for (let code = 1; code < 0x10000; code += 1) if (kept.charCodeAt(code) !== 0) flags[code] = 1;
  return flags;
}

function isCjkCode(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) || // hiragana, katakana
    (code >= 0x3400 && code <= 0x4dbf) || // CJK extension A
    (code >= 0x4e00 && code <= 0x9fff) || // CJK unified ideographs
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0x1100 && code <= 0x11ff) || // Hangul jamo
    (code >= 0x3130 && code <= 0x318f) || // Hangul compatibility jamo
    (code >= 0xac00 && code <= 0xd7af) || // Hangul syllables
    (code >= 0xff66 && code <= 0xff9f) // half-width katakana
  );
}

/** Class of every BMP code unit (OTHER, WORD, CJK). Surrogates are OTHER. */
export function scriptTable(): Uint8Array {
  if (script) return script;
  const wordChars = classify(/[^\p{L}\p{N}\p{M}]/gu);
  const built = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code += 1) {
    if (isCjkCode(code)) built[code] = CJK;
    else if (code >= 0xd800 && code <= 0xdfff) built[code] = OTHER;
    else built[code] = wordChars[code] === 1 ? WORD : OTHER;
  }
  script = built;
  return built;
}

/** Boundary kind (NOT_WORD, LETTER, DIGIT) of every BMP code unit; derived from `scriptTable`. */
export function boundaryKinds(): Uint8Array {
  if (kinds) return kinds;
  const classes = scriptTable();
  const built = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code += 1) {
    if (classes[code] !== WORD) continue;
    built[code] = (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19) ? DIGIT : LETTER;
  }
  kinds = built;
  return built;
}

/**
 * Whether a name may start at a character of kind `current` after one of kind `previous` (NOT_WORD
 * at the text's start): anywhere outside words, and after a digit inside one ("1,200BTC").
 */
export function mayStartWord(previous: number, current: number): boolean {
  return current === NOT_WORD || previous === NOT_WORD || (previous === DIGIT && current === LETTER);
}

/** LETTER_OR_NUMBER, UPPER and SPACE flags of every BMP code unit (surrogates have none). */
export function nameCharFlags(): Uint8Array {
  if (nameFlags) return nameFlags;
  const letterOrNumber = classify(/[^\p{L}\p{N}]/gu);
  const upper = classify(/[^\p{Lu}]/gu);
  const space = classify(/[^\s]/gu);
  const built = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code += 1) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    built[code] = (letterOrNumber[code] === 1 ? LETTER_OR_NUMBER : 0) | (upper[code] === 1 ? UPPER : 0) | (space[code] === 1 ? SPACE : 0);
  }
  built[0] = 0;
  nameFlags = built;
  return built;
}
