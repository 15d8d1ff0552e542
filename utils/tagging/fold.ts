/**
 * Character folding for dictionary matching: one UTF-16 unit in, one out, so offsets in the folded
 * text are offsets in the original. Folds full-width ASCII to ASCII, case to lower case, and the
 * typographic apostrophe to the ASCII one.
 */
import { classify } from './script';

let table: Uint16Array | null = null;
let alone: Uint8Array | null = null;

/** Lazily built fold table over the whole BMP (128 KB); built once per process or worker. */
export function foldTable(): Uint16Array {
  if (table) return table;
  // Only characters that change when lower-cased need `toLowerCase`: found in one regex pass.
  const changesWhenLowercased = classify(/[^\p{Changes_When_Lowercased}]/gu);
  const built = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code += 1) {
    let folded = code;
    // Full-width forms of ASCII (！..～) sit at a fixed offset from their ASCII originals.
    if (code >= 0xff01 && code <= 0xff5e) folded = code - 0xfee0;
    else if (code === 0x3000) folded = 0x20;
    else if (code === 0x2019 || code === 0x2018) folded = 0x27;
    // Surrogates cannot be cased one at a time; everything else lower-cases when that keeps one unit.
    if (changesWhenLowercased[folded] === 1 && (folded < 0xd800 || folded > 0xdfff)) {
      const lower = String.fromCharCode(folded).toLowerCase();
      if (lower.length === 1) folded = lower.charCodeAt(0);
    }
    built[code] = folded;
  }
  table = built;
  return built;
}

/**
 * Per code unit, 1 when no other unit folds to what it folds to: text matching a folded pattern made
 * of such units is that pattern's surface unit for unit (Han, kana and Hangul are; letters with a
 * case, digits with a full-width form and apostrophes are not).
 */
export function foldsAlone(): Uint8Array {
  if (alone) return alone;
  const fold = foldTable();
  const sources = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code += 1) {
    const folded = fold[code] as number;
    if ((sources[folded] as number) < 2) sources[folded] = (sources[folded] as number) + 1;
  }
  const built = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code += 1) built[code] = sources[fold[code] as number] === 1 ? 1 : 0;
  alone = built;
  return built;
}

/** Folds a whole string with the same table (used for dictionary keys). */
export function foldString(text: string): string {
  const fold = foldTable();
  let out = '';
  for (let i = 0; i < text.length; i += 1) out += String.fromCharCode(fold[text.charCodeAt(i)] ?? 0);
  return out;
}
