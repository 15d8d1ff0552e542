/**
 * Properties of `tagText` for any input: tags in bounds and matching their text, entities never
 * overlapping, no throw, and linear cost on pathological input (checked by time ratios between
 * two input sizes, never by absolute time).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagText, type Tag } from '../../../utils/tagging';

/** Words that exercise the dictionary, the ambiguity rules and the unknown-organisation patterns. */
const VOCABULARY = [
  'Bitcoin', 'BTC', '$SOL', '$200', 'Base', 'base', 'Base Sepolia', 'Alliance DAO', 'Zorbit Labs', 'la base',
  '比特币', '以太网', '以太坊', '苹果', '苹果公司', 'ビットコイン', '비트코인', 'ＢＴＣ', 'l’ETH', "l'ETH",
  'Compound interest', 'Apple', 'ONE', 'GAS', 'LINK', 'YC', 'cycle', 'Strategy', 'Circle', '公司', 'DAO',
  'Une entreprise nommée', 'company called', 'Fed.', '1,200', '，', '。', ' ', '\n', '\n\n', ':', '：', 'A.',
];

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 60 }).map((words) => words.join('')),
  fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 60 }).map((words) => words.join(' ')),
);

function checkInvariants(input: string, tags: Tag[]): void {
  let lastEntityEnd = 0;
  for (const tag of tags) {
    expect(tag.start).toBeGreaterThanOrEqual(0);
    expect(tag.end).toBeLessThanOrEqual(input.length);
    expect(tag.start).toBeLessThan(tag.end);
    expect(input.slice(tag.start, tag.end)).toBe(tag.text);
    expect(tag.confidence).toBeGreaterThan(0);
    expect(tag.confidence).toBeLessThanOrEqual(1);
    if (tag.kind !== 'claim') {
      expect(tag.start).toBeGreaterThanOrEqual(lastEntityEnd);
      lastEntityEnd = tag.end;
    }
  }
}

describe('tagText properties', () => {
  it('for any input: tags in bounds, slice equals text, entities do not overlap, never throws', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(undefined, 'en', 'fr', 'zh-CN', 'zh-TW', 'ja', 'ko', 'vi'), (input, lang) => {
        checkInvariants(input, tagText(input, lang ? { lang } : {}));
      }),
      { numRuns: 400 },
    );
  });

  it('returns only the kinds asked for', () => {
    fc.assert(
      fc.property(text, fc.subarray(['token', 'company', 'claim'] as const), (input, kinds) => {
        for (const tag of tagText(input, { kinds: [...kinds] })) expect(kinds).toContain(tag.kind);
      }),
      { numRuns: 100 },
    );
  });
});

/** Best time of a few runs: garbage collection and scheduler hiccups only ever add time. */
function bestTime(run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i += 1) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * Linear work costs the same for one input of 8 units as for 8 inputs of 1 unit; quadratic work
 * costs 8 times more. Comparing equal amounts of text keeps fixed costs and timer noise out.
 */
const SIZE_FACTOR = 8;
/** Well below the 8 of quadratic work, with room for garbage collection and a busy machine. */
const MAX_RATIO = 3;
/** Generous per-case limit: the large inputs take a second or two when the machine is busy. */
const CASE_TIMEOUT_MS = 60_000;

describe('tagText stays linear on pathological input', () => {
  const cases: Array<[string, (size: number) => string]> = [
    ['a long run of one Latin letter', (size) => 'a'.repeat(size)],
    ['a long run of one capital letter', (size) => 'A'.repeat(size)],
    ['capitalised words with dots and no spaces', (size) => 'A.'.repeat(size / 2)],
    ['capitalised words that never reach an organisation suffix', (size) => 'Alpha '.repeat(size / 6)],
    ['a prefix of a CJK name repeated', (size) => '比特'.repeat(size / 2)],
    ['a CJK name repeated without punctuation', (size) => '比特币'.repeat(size / 3)],
    ['megabytes-scale CJK prose without newlines', (size) => '深潮消息比特币价格今日上涨分析师认为牛市尚未结束'.repeat(size / 24)],
    ['an ambiguous alias repeated with no evidence', (size) => 'Base '.repeat(size / 5)],
    ['dollar signs and capitals', (size) => '$A'.repeat(size / 2)],
  ];

  it.each(cases)('%s', (_name, make) => {
    const small = make(50_000);
    const large = make(50_000 * SIZE_FACTOR);
    // Both sizes once first, so compilation of newly hot code is not billed to either measurement.
    tagText(small);
    tagText(large);
    const smallTimes = bestTime(() => {
      for (let i = 0; i < SIZE_FACTOR; i += 1) tagText(small);
    });
    const largeTime = bestTime(() => tagText(large));
    expect(largeTime / smallTimes).toBeLessThan(MAX_RATIO);
  }, CASE_TIMEOUT_MS);
});
