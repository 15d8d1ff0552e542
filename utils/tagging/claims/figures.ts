/**
 * Check-worthy figures: amounts, percentages, multiples and dates that make a sentence a factual claim
 * ("ETF inflows reached $1.2bn in May", "持有超过 10 万枚 BTC", "deux tiers de mes amis").
 */

/** An amount with a currency, a magnitude or a percentage: strong evidence of a factual claim. */
const AMOUNT =
  /(?:[$€¥£₩]\s?\d|(?<![\d.,])(?:\d{1,3}(?:[, \u00a0\u202f]\d{3})+|\d+)(?:[.,]\d+)?\s?(?:%|％|percent|per cent|pour ?cent|bn\b|billion|million|trillion|milliards?|millions?|k\b|[mb]\b|亿|万|千万|百万|兆|억|만|조|tỷ|triệu|nghìn|ngàn|usd|usdt|usdc|dollars?|euros?|美元|美金|元|ドル|円|달러|원|đô|x\b|倍|배|BTC|ETH|SOL|枚|个|名|家|笔|次|人)|(?<![一二两三四五六七八九十百千])[一二两三四五六七八九十百千]+\s?(?:亿|万)|百分之|[一二两三四五六七八九十]+分之[一二两三四五六七八九十]+|(?<![\p{L}])(?:deux tiers|la moitié|un tiers|un quart|two[- ]thirds|half of|a third of|a quarter of)(?![\p{L}]))/iu;

/** A calendar year: weaker evidence (a date-bound event). */
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;

/** Any number at all. */
const ANY_NUMBER = /\d/;

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

export function figureEvidence(text: string): FigureEvidence | undefined {
  if (!ANY_NUMBER.test(text) && !/[一二两三四五六七八九十百千]|deux tiers|moitié|tiers|quart|thirds|half|third|quarter/iu.test(text)) return undefined;
  const amount = AMOUNT.exec(text);
  if (amount) {
    const end = amount.index + amount[0].trimEnd().length;
    return { weight: AMOUNT_WEIGHT, start: amount.index, end };
  }
  const year = YEAR.exec(text);
  if (year) return { weight: YEAR_WEIGHT, start: year.index, end: year.index + year[0].length };
  const digit = /\d[\d,.]*/.exec(text);
  if (digit) return { weight: NUMBER_WEIGHT, start: digit.index, end: digit.index + digit[0].length };
  return undefined;
}
