/**
 * Properties of `tagText` for any input: tags in bounds, sorted and matching their text, entities
 * never overlapping, no throw, and linear cost on pathological input (checked by the work the tagger
 * counts, never by time).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagText, type Tag } from '../../../utils/tagging';
import { taggerWork } from '../../../utils/tagging/work';

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
  let lastStart = 0;
  for (const tag of tags) {
    expect(tag.start).toBeGreaterThanOrEqual(lastStart);
    lastStart = tag.start;
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
  it('for any input: tags in bounds and in order, slice equals text, entities do not overlap, never throws', () => {
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

/**
 * Linear work costs the same per character for an input 8 times larger; quadratic work costs 8 times
 * more per character. Work is counted by the tagger itself (characters read, automaton detours,
 * matches, candidates moved while sorting, text read around trigger words, per-sentence cue work),
 * so the check is exact and does not depend on the machine's load. Timings live in `npm run bench`.
 */
const SIZE = 20_000;
const SIZE_FACTOR = 8;
/** Fixed costs make large inputs slightly cheaper per character, never dearer; a little room for rounding at the ends. */
const MAX_GROWTH = SIZE_FACTOR * 1.1;

function workFor(input: string): number {
  const before = taggerWork.steps;
  tagText(input);
  return taggerWork.steps - before;
}

describe('tagText stays linear on pathological input (counted work, 8× input ≤ 8.8× work)', () => {
  const cases: Array<[string, (size: number) => string]> = [
    ['a long run of one Latin letter', (size) => 'a'.repeat(size)],
    ['a long run of one capital letter', (size) => 'A'.repeat(size)],
    ['a long run of one CJK character', (size) => '币'.repeat(size)],
    ['capitalised words with dots and no spaces', (size) => 'A.'.repeat(size / 2)],
    ['capitalised words that never reach an organisation suffix', (size) => 'Alpha '.repeat(size / 6)],
    ['organisation suffixes after long capitalised runs', (size) => 'Alpha Beta Gamma Delta Labs Capital DAO '.repeat(size / 40)],
    ['trigger words with no name before them', (size) => 'labs 公司 社 증권 '.repeat(size / 12)],
    ['introducing phrases without a name', (size) => 'une entreprise nommée la société '.repeat(size / 33)],
    ['katakana and Hangul runs glued to company words', (size) => 'ゾルグゾルグ社キウム証券조르그벤처스'.repeat(size / 18)],
    ['a prefix of a CJK name repeated', (size) => '比特'.repeat(size / 2)],
    ['a CJK name repeated without punctuation', (size) => '比特币'.repeat(size / 3)],
    ['megabytes-scale CJK prose without newlines', (size) => '深潮消息比特币价格今日上涨分析师认为牛市尚未结束'.repeat(size / 24)],
    ['near-matches of names (Bitcoi, Ethereu)', (size) => 'Bitcoi Ethereu Solan Coinbas '.repeat(size / 29)],
    ['an ambiguous alias repeated with no evidence', (size) => 'Base '.repeat(size / 5)],
    ['ambiguous aliases among context words', (size) => 'Base chain token SOL network '.repeat(size / 28)],
    ['dollar signs and capitals', (size) => '$A'.repeat(size / 2)],
    ['one sentence repeated, every one a claim', (size) => 'I think Bitcoin will rise. '.repeat(size / 27)],
    ['Chinese claims without line breaks', (size) => '我认为比特币会涨。'.repeat(size / 9)],
    ['one long line of digits and spaces', (size) => '1 '.repeat(size / 2)],
  ];

  it.each(cases)('%s', (_name, make) => {
    const small = make(SIZE);
    const large = make(SIZE * SIZE_FACTOR);
    const growth = workFor(large) / workFor(small);
    expect(growth).toBeLessThanOrEqual(MAX_GROWTH);
  });
});
