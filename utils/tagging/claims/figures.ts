/**
 * Check-worthy figures: amounts, percentages, multiples and dates that make a sentence a factual claim
 * ("ETF inflows reached $1.2bn in May", "持有超过 10 万枚 BTC"). Numbers are found by one scan; only
 * what follows each number is matched against units. Fractions written in words ("deux tiers",
 * "三分之二") and 万/亿 after Chinese numerals are lexicon cues instead.
 */

/** A unit right after a number (sticky: tried only at the number's end). */
const UNIT_AFTER =
  /\s?(?:%|％|percent|per cent|pour ?cent|bn\b|billion|million|trillion|milliards?|millions?|k\b|[mb]\b|亿|万|千万|百万|兆|억|만|조|tỷ|triệu|nghìn|ngàn|usd[ct]?\b|dollars?|euros?|美元|美金|元|ドル|円|달러|원|đô|x\b|倍|배|btc\b|eth\b|sol\b|枚|个|名|家|笔|次|人)/iuy;

const CURRENCY = new Set(['$', '€', '¥', '£', '₩']);

export interface FigureEvidence {
  weight: number;
  /** The figure as written, offsets relative to the scanned text. */
  start: number;
  end: number;
}

/** Weights: an amount is as strong as a forecast cue; a year or a bare number only supports other cues. */
const AMOUNT_WEIGHT = 2;
const YEAR_WEIGHT = 1;
const NUMBER_WEIGHT = 0.5;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
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

/** The strongest figure in `text`, or `undefined` when it holds no number. */
export function figureEvidence(text: string): FigureEvidence | undefined {
  let year: FigureEvidence | undefined;
  let number: FigureEvidence | undefined;
  for (let i = 0; i < text.length; i += 1) {
    if (!isDigit(text.charCodeAt(i))) continue;
    const end = numberEnd(text, i);
    const before = text[i - 1] === ' ' ? text[i - 2] : text[i - 1];
    const currency = before !== undefined && CURRENCY.has(before);
    UNIT_AFTER.lastIndex = end;
    const unit = UNIT_AFTER.test(text);
    if (currency || unit) return { weight: AMOUNT_WEIGHT, start: currency ? text.lastIndexOf(before, i) : i, end: unit ? UNIT_AFTER.lastIndex : end };
    const digits = text.slice(i, end);
    if (!year && /^(?:19|20)\d\d$/.test(digits)) year = { weight: YEAR_WEIGHT, start: i, end };
    number ??= { weight: NUMBER_WEIGHT, start: i, end };
    i = end;
  }
  return year ?? number;
}
