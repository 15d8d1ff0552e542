/**
 * Per-character script classes for word boundaries: Latin-like word characters need boundaries,
 * CJK characters (Han, kana, Hangul) do not and count as boundaries for Latin words.
 */

export const OTHER = 0;
/** Letters, digits and combining marks of alphabetic scripts (Latin incl. Vietnamese, Greek, Cyrillic…). */
export const WORD = 1;
/** Han, kana, Hangul: no spaces between words, so no boundary rule inside them. */
export const CJK = 2;

let table: Uint8Array | null = null;

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

/** Class of every BMP code unit; built once (about 10 ms). Surrogates are OTHER. */
export function scriptTable(): Uint8Array {
  if (table) return table;
  const built = new Uint8Array(0x10000);
  const wordChar = /[\p{L}\p{N}\p{M}]/u;
  for (let code = 0; code < 0x10000; code += 1) {
    if (isCjkCode(code)) built[code] = CJK;
    else if (code >= 0xd800 && code <= 0xdfff) built[code] = OTHER;
    else if (code < 0x80) built[code] = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? WORD : OTHER;
    else built[code] = wordChar.test(String.fromCharCode(code)) ? WORD : OTHER;
  }
  table = built;
  return built;
}
