import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../../utils/tagging/claims';

const LANGS = ['zh-CN', 'zh-TW', 'en', 'fr', 'ja', 'ko', 'vi', 'xx'];

/** Pieces that exercise the rules: cues, labels, marks, line breaks, surrogate pairs. */
const PIECES = [
  '我认为', '将', '会', '不会', '跌破', '牛市', '结束', '。', '？', '；', '，但', '主持人 Lin：', 'Lin：', '嘉宾：', '要点总结',
  'I think', ' will ', "won't", ' fall', ' bull market', ' is not over', '.', '?', '; ', ', but ', 'Host: ', 'Q: ', 'A: ',
  'Je pense que', ' devrait ', ' va ', 'monter', "n'est pas terminé", ' mais ', 'Zeng Ming :', 'Invités : ',
  'だろう', 'ない', '것이다', '않', ' sẽ ', 'không', '$1.2bn', '2027年前', 'by 2027', 'dans les six à dix-huit mois',
  '\n', '\n\n', ' ', '🚀', '\ud800', '…', '“', '”', ':', '：', '1. ', '- ',
];

const articleText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join(''));

describe('findClaims properties', () => {
  it('never throws, stays in bounds, and every tag is exactly its slice of the input', () => {
    fc.assert(
      fc.property(articleText, fc.constantFrom(...LANGS), (text, lang) => {
        for (const claim of findClaims(text, { lang, entities: [] })) {
          expect(claim.start).toBeGreaterThanOrEqual(0);
          expect(claim.end).toBeLessThanOrEqual(text.length);
          expect(claim.start).toBeLessThan(claim.end);
          expect(text.slice(claim.start, claim.end)).toBe(claim.text);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('claims are sentence-sized: none crosses a line break, none overlaps another', () => {
    fc.assert(
      fc.property(articleText, fc.constantFrom(...LANGS), (text, lang) => {
        const claims = findClaims(text, { lang, entities: [] });
        for (const claim of claims) expect(claim.text.includes('\n')).toBe(false);
        for (let i = 1; i < claims.length; i += 1) expect(claims[i]!.start).toBeGreaterThanOrEqual(claims[i - 1]!.end);
      }),
      { numRuns: 400 },
    );
  });

  it('every claim carries a cue and only entity ids it was given', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const entities = text.length > 3 ? [{ kind: 'token' as const, start: 0, end: 3, text: text.slice(0, 3), id: 'token:x', name: 'X', confidence: 1 }] : [];
        for (const claim of findClaims(text, { lang: 'en', entities })) {
          expect(claim.cue.length).toBeGreaterThan(0);
          for (const subject of claim.subjects) expect(subject).toBe('token:x');
        }
      }),
      { numRuns: 200 },
    );
  });

  it('finishes on pathological input: long runs of one character, no line breaks, megabytes of CJK', () => {
    const inputs = [
      'a'.repeat(300_000),
      '将'.repeat(300_000),
      '.'.repeat(100_000) + '!'.repeat(100_000),
      '1 '.repeat(150_000),
      ('我认为比特币会涨' + '，'.repeat(3)).repeat(30_000),
      'Je pense que '.repeat(20_000),
      ':'.repeat(50_000) + '\n'.repeat(50_000),
      '比特币将在2027年前突破20万美元，'.repeat(60_000),
    ];
    for (const text of inputs) {
      for (const claim of findClaims(text, { lang: 'zh-CN', entities: [] })) expect(text.slice(claim.start, claim.end)).toBe(claim.text);
    }
  });
});
