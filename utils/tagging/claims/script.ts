/**
 * Which lexicon reads a sentence, from the scripts of its letters (counted while the sentence is
 * split, so no extra pass): Hangul → ko, kana → ja, Han → zh, Vietnamese letters → vi, other Latin →
 * the article's Latin language (en or fr).
 */
import type { LexiconLang } from './lexicon/types';

export const SCRIPT_OTHER = 0;
export const SCRIPT_HAN = 1;
export const SCRIPT_KANA = 2;
export const SCRIPT_HANGUL = 3;
export const SCRIPT_LATIN = 4;
/** Latin letters only Vietnamese uses among the site languages (ă, đ, ơ, ư, stacked tones). */
export const SCRIPT_VIETNAMESE = 5;

/** Script of every UTF-16 unit. */
export const SCRIPT = new Uint8Array(0x10000);

function fill(from: number, to: number, script: number): void {
  for (let code = from; code <= to; code += 1) SCRIPT[code] = script;
}

fill(0x41, 0x5a, SCRIPT_LATIN);
fill(0x61, 0x7a, SCRIPT_LATIN);
fill(0xc0, 0x24f, SCRIPT_LATIN);
SCRIPT[0xd7] = SCRIPT_OTHER;
SCRIPT[0xf7] = SCRIPT_OTHER;
fill(0x1e00, 0x1eff, SCRIPT_LATIN);
fill(0x1ea0, 0x1ef9, SCRIPT_VIETNAMESE);
for (const code of [0x102, 0x103, 0x110, 0x111, 0x1a0, 0x1a1, 0x1af, 0x1b0]) SCRIPT[code] = SCRIPT_VIETNAMESE;
fill(0x3400, 0x4dbf, SCRIPT_HAN);
fill(0x4e00, 0x9fff, SCRIPT_HAN);
fill(0xf900, 0xfaff, SCRIPT_HAN);
fill(0x3040, 0x30ff, SCRIPT_KANA);
fill(0xac00, 0xd7af, SCRIPT_HANGUL);
fill(0x1100, 0x11ff, SCRIPT_HANGUL);
fill(0x3130, 0x318f, SCRIPT_HANGUL);

/** Vietnamese-only letters needed before a Latin sentence is read as Vietnamese (a name like "Đặng" alone is not enough). */
const VIETNAMESE_EVIDENCE = 3;

/** How much Latin text is read to tell English from French. */
const LANGUAGE_SAMPLE = 400;

const FRENCH_MARKERS = /[éèêàçùûôîœ]|\b(?:le|la|les|des|est|une|du|que|pour|dans|qui|pas)\b/giu;
const ENGLISH_MARKERS = /\b(?:the|and|is|are|of|to|will|that|this|with|for)\b/giu;

/**
 * The lexicon for `text[start, end)` given how many letters of each script it holds. The text itself
 * is only read for Latin text in an article whose language is not Latin (en or fr?).
 */
export function languageOf(
  han: number,
  kana: number,
  hangul: number,
  latinOnly: number,
  vietnamese: number,
  fallback: LexiconLang | undefined,
  text: string,
  start: number,
  end: number,
): LexiconLang {
  const latin = latinOnly + vietnamese;
  if (hangul > 0 && hangul >= han) return 'ko';
  if (kana > 0 && (kana >= 2 || fallback === 'ja')) return 'ja';
  if (han > 0 && han * 3 >= latin) return fallback === 'ja' ? 'ja' : 'zh';
  if (vietnamese >= VIETNAMESE_EVIDENCE) return 'vi';
  if (fallback === 'en' || fallback === 'fr' || fallback === 'vi') return fallback;
  const sample = text.slice(start, Math.min(end, start + LANGUAGE_SAMPLE));
  const french = sample.match(FRENCH_MARKERS)?.length ?? 0;
  const english = sample.match(ENGLISH_MARKERS)?.length ?? 0;
  return french > english ? 'fr' : 'en';
}

