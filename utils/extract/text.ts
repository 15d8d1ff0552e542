/** Text helpers shared by extraction: the whitespace rule for block text, and CJK-aware lengths. */

/**
 * Block text is the element's text with every run of whitespace (what `\s` matches) turned into one
 * space and the ends trimmed. The live-page text index (utils/anchoring/text-index.ts) applies the
 * same rule, so block text is found verbatim in the live page.
 */
export function collapseWhitespace(text: string): string {
  return text.replace(CHANGED_WHITESPACE, ' ').trim();
}

/**
 * The whitespace collapsing rewrites: a run of two or more, or one character other than U+0020.
 * A lone space is left alone, so the thousands of single spaces between an article's words are no
 * matches: each match of a replace costs a trip through the runtime, and a line with nothing to
 * rewrite is returned as it is instead of being copied.
 */
const CHANGED_WHITESPACE = /\s{2,}|[^\S ]/g;

/** Two or more whitespace characters in a row: the only places collapsing shortens a text. */
const WHITESPACE_RUN = /\s{2,}/g;
const LEADING_WHITESPACE = /^\s/;
const TRAILING_WHITESPACE = /\s$/;

/**
 * `collapseWhitespace(text).length` without building the collapsed copy: a whole article's text
 * has thousands of single spaces that need no rewriting, and only its few longer runs shorten it.
 */
export function collapsedLength(text: string): number {
  let length = text.length;
  WHITESPACE_RUN.lastIndex = 0;
  for (let run = WHITESPACE_RUN.exec(text); run; run = WHITESPACE_RUN.exec(text)) length -= run[0].length - 1;
  if (length === 1 && LEADING_WHITESPACE.test(text)) return 0;
  if (LEADING_WHITESPACE.test(text)) length -= 1;
  if (TRAILING_WHITESPACE.test(text)) length -= 1;
  return length;
}

/** Han, kana and hangul: scripts where one character carries about a word's worth of meaning. */
const CJK_CHAR = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/g;

/** How much a CJK character counts against thresholds written for Latin text (about one short word). */
const CJK_WEIGHT = 3;

/**
 * Length of a text for "is there enough of it" decisions: CJK characters count several times, so
 * one threshold serves a 150-character Chinese newsflash and a 500-character English one alike.
 */
export function contentLength(text: string): number {
  const cjk = text.match(CJK_CHAR)?.length ?? 0;
  return text.length + cjk * (CJK_WEIGHT - 1);
}

/** Most characters two copies of one sentence may differ by (spacing, a final full stop). */
const SAME_TEXT_SLACK = 4;

function withoutSpaceOrPunctuation(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]+/gu, '').toLowerCase();
}

const NOT_ASCII_LETTER_OR_DIGIT = /[^a-z0-9]+/g;

/**
 * The ASCII letters and digits of a text, lower-cased, in order: what two texts equal but for
 * spacing, punctuation and case always share (such characters are never spacing, punctuation or
 * symbols, and only they lower-case to them). A cheap test that refuses most other lines before
 * the Unicode property pattern, which costs a fraction of a millisecond to compile on every page load.
 */
function asciiLettersAndDigits(text: string): string {
  return text.toLowerCase().replace(NOT_ASCII_LETTER_OR_DIGIT, '');
}

/**
 * A test for lines that say the same as `reference`, ignoring spacing, punctuation and case (a
 * title repeated, a lead copied into the body). Lines of another length are refused unread.
 */
export function sameTextAs(reference: string): (text: string) => boolean {
  let key: string | undefined;
  let ascii: string | undefined;
  return (text) => {
    if (Math.abs(text.length - reference.length) > SAME_TEXT_SLACK + Math.max(text.length, reference.length) / 10) return false;
    if (text === reference) return true;
    ascii ??= asciiLettersAndDigits(reference);
    if (asciiLettersAndDigits(text) !== ascii) return false;
    key ??= withoutSpaceOrPunctuation(reference);
    return withoutSpaceOrPunctuation(text) === key;
  };
}
