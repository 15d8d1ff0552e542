/**
 * Check-worthy figures: amounts, percentages, multiples, counts of things and dates that make a
 * sentence a factual claim ("ETF inflows reached $1.2bn in May", "持有超过 10 万枚 BTC", "about 40
 * developers", "8 月 1 日生效"). Numbers are found by one scan; only what follows each number (and the
 * character before it) is looked at. Fractions written in words ("deux tiers", "三分之二") and counts
 * in Han numerals ("七家机构") are lexicon cues instead.
 */
import { isLetterCode } from './char-class';

/** A unit right after a number (sticky: tried only at the number's end). */
const UNIT_AFTER =
  /\s?(?:%|％|percent|per cent|pour ?cent|bn\b|billion|million|trillion|milliards?|millions?|k\b|[mb]\b|亿|万|千万|百万|兆|억|만|조|tỷ|triệu|nghìn|ngàn|usd[ct]?\b|dollars?|euros?|cents?\b|centimes?\b|美元|美金|元|ドル|円|달러|원|đô|đồng\b|x\b|倍|割|배|btc\b|eth\b|sol\b|枚|成|bps?\b|basis points?|points de base|基点|ベーシスポイント|bp)/iuy;

/** A counter after a number in Chinese, Japanese or Korean ("9 个项目", "3 社", "40명"): a count of things. */
const COUNTER_AFTER = /\s?(?:多|余|餘|几|幾)?\s?(?:家|个|個|名|位|款|条|條|项|項|轮|輪|次|只|張|张|座|所|支|件|社|店|人|台|基|種類|种类|銘柄|カ月|か月|ヶ月|ヵ月|日間|週間|年間|机|機|国|國|カ国|か国|ヵ国|ヶ国|명|개|곳|건|위|번|차례|회|가지|종|개국|대|주)/uy;

/** A date after a number: month, day ("8 月 1 日", "10日", "3월 15일", "2024 年 3 月"). */
const DATE_AFTER = /\s?(?:月|日|号|號|월|일|年\s?\d{1,2}\s?月)/uy;

/** A Latin word after a number: what it counts ("40 developers", "240 days", "20 pays", "10 dự án"). */
const WORD_AFTER = /\s?[a-zà-ÿđơưăâêôạ-ỹ][\p{L}'’-]+/uy;

/** Currency signs before an amount ($, €, ¥, £, ₩, ₫), by UTF-16 code. */
const CURRENCY = new Set([0x24, 0x20ac, 0xa5, 0xa3, 0x20a9, 0x20ab]);

export interface FigureEvidence {
  weight: number;
  /** The figure as written, offsets relative to the scanned text. */
  start: number;
  end: number;
}

/**
 * Weights: an amount or percentage is a check-worthy fact on its own; a count of things nearly so;
 * a year or a calendar date dates an event; a bare number (a ratio, a score) only supports other cues.
 */
const AMOUNT_WEIGHT = 2;
const COUNT_WEIGHT = 1.5;
const DATE_WEIGHT = 1;
const NUMBER_WEIGHT = 0.5;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Letters (any script) and the hyphen: a number glued to one is part of a name ("x402", "L2", "GPT-4", "Web3"). */
function gluesToName(code: number): boolean {
  return code === 0x2d || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f);
}

/** Whether the number `text[start, end)` is a year of this or the last century (four digits, 19xx or 20xx). */
function isYear(text: string, start: number, end: number): boolean {
  if (end - start !== 4 || !isDigit(text.charCodeAt(start + 2)) || !isDigit(text.charCodeAt(start + 3))) return false;
  const century = text.charCodeAt(start) * 0x10000 + text.charCodeAt(start + 1);
  return century === 0x310039 || century === 0x320030;
}

/** End of the number starting at `start`: digits with , . or thin/no-break spaces between digit groups. */
function numberEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) i += 1;
    else if ((code === 0x2c || code === 0x2e || code === 0xa0 || code === 0x202f) && isDigit(text.charCodeAt(i + 1))) i += 1;
    else break;
  }
  return i;
}

/** The word right before a number, across one space ("Layer 2", "September 15", "tháng 7"), or "". */
function wordBefore(text: string, start: number): string {
  if (text.charCodeAt(start - 1) !== 0x20) return '';
  let i = start - 2;
  while (i >= 0 && isLetterCode(text.charCodeAt(i))) i -= 1;
  return text.slice(i + 1, start - 1);
}

/** Words that make the number after them a date: months (en), and Vietnamese day, month, year and quarter. */
const DATE_BEFORE = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ngày', 'tháng', 'năm', 'quý',
]);

function matchAt(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

/** The strongest figure in `text`, or `undefined` when it holds no number. */
export function figureEvidence(text: string): FigureEvidence | undefined {
  let best: FigureEvidence | undefined;
  for (let i = 0; i < text.length; i += 1) {
    if (!isDigit(text.charCodeAt(i))) continue;
    const end = numberEnd(text, i);
    const glued = i > 0 && gluesToName(text.charCodeAt(i - 1));
    // The sign right before the number, or before the one space there ("$ 5").
    const before = text.charCodeAt(i - 1) === 0x20 ? i - 2 : i - 1;
    const currency = before >= 0 && CURRENCY.has(text.charCodeAt(before));
    const unitEnd = glued ? -1 : matchAt(UNIT_AFTER, text, end);
    if (currency || unitEnd >= 0) return { weight: AMOUNT_WEIGHT, start: currency ? before : i, end: unitEnd >= 0 ? unitEnd : end };
    let figure: FigureEvidence | undefined;
    if (!glued) {
      const counterEnd = matchAt(COUNTER_AFTER, text, end);
      const dateEnd = counterEnd < 0 ? matchAt(DATE_AFTER, text, end) : -1;
      if (counterEnd >= 0) figure = { weight: COUNT_WEIGHT, start: i, end: counterEnd };
      else if (dateEnd >= 0) figure = { weight: DATE_WEIGHT, start: i, end: dateEnd };
      else if (isYear(text, i, end)) figure = { weight: DATE_WEIGHT, start: i, end };
      else {
        const previous = wordBefore(text, i);
        if (DATE_BEFORE.has(previous.toLowerCase())) figure = { weight: DATE_WEIGHT, start: i - previous.length - 1, end };
        // A capitalised word before the number names something ("Layer 2", "HTTP 402", "Season 3").
        else if (!/^\p{Lu}/u.test(previous)) {
          const wordEnd = matchAt(WORD_AFTER, text, end);
          if (wordEnd >= 0) figure = { weight: COUNT_WEIGHT, start: i, end: wordEnd };
        }
      }
    }
    figure ??= { weight: NUMBER_WEIGHT, start: i, end };
    if (!best || figure.weight > best.weight) best = figure;
    i = end;
  }
  return best;
}
