import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapsedLength, collapseWhitespace, sameTextAs } from '../../../utils/extract/text';

/** Text made mostly of whitespace of every kind `\s` knows, so runs, ends and blanks all occur. */
const spacedText = fc
  .array(fc.oneof(fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', '\u3000', '\r\n', ' \n '), fc.string({ maxLength: 4 })), { maxLength: 30 })
  .map((parts) => parts.join(''));

describe('collapseWhitespace', () => {
  it('turns every run of whitespace into one space and trims the ends, for any mix of words and whitespace', () => {
    fc.assert(
      fc.property(spacedText, (text) => {
        expect(collapseWhitespace(text)).toBe(text.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 1000 },
    );
  });

  it('rewrites lone tabs, line breaks and no-break spaces but keeps lone spaces', () => {
    expect(collapseWhitespace('a b\tc\nd\u00a0e\u3000f')).toBe('a b c d e f');
    expect(collapseWhitespace('  Bitcoin  et \n Ether ')).toBe('Bitcoin et Ether');
  });
});

describe('collapsedLength', () => {
  it('is the length of the collapsed text, for any mix of words and whitespace', () => {
    fc.assert(
      fc.property(spacedText, (text) => {
        expect(collapsedLength(text)).toBe(collapseWhitespace(text).length);
      }),
      { numRuns: 500 },
    );
  });

  it('is zero for blank text and counts a lone word without its surrounding whitespace', () => {
    expect(collapsedLength('')).toBe(0);
    expect(collapsedLength(' \n\t ')).toBe(0);
    expect(collapsedLength('\u00a0')).toBe(0);
    expect(collapsedLength('  Bitcoin \n')).toBe(7);
  });
});

describe('sameTextAs', () => {
  /** The definition: equal once spacing, punctuation and symbols are gone and case is folded. */
  const sameByDefinition = (a: string, b: string) =>
    a.replace(/[\s\p{P}\p{S}]+/gu, '').toLowerCase() === b.replace(/[\s\p{P}\p{S}]+/gu, '').toLowerCase();
  /** Letters of several scripts and cases (Kelvin sign and dotted capital I lower-case to ASCII letters), digits, punctuation, symbols and spacing. */
  const piece = fc.constantFrom('a', 'B', 'é', 'É', 'ß', 'K', '\u212a', '\u0130', 'i', '7', '深', '潮', 'ア', '한', ' ', '\u00a0', '\n', '.', ',', '«', '»', '：', '€', '+', '😀');
  const text = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));
  /** The same text with spacing, punctuation and case changed, as a repeated title or lead is. */
  const variant = (source: string, edits: Array<[number, string]>) => {
    let result = source;
    for (const [at, edit] of edits) {
      const position = at % (result.length + 1);
      result = edit === 'upper' ? result.toUpperCase() : result.slice(0, position) + edit + result.slice(position);
    }
    return result;
  };
  const edit = fc.tuple(fc.nat(), fc.constantFrom(' ', '\n', '.', '»', '€', 'upper'));

  it('says what comparing without spacing, punctuation and case says, for unrelated and for edited texts (property)', () => {
    fc.assert(
      fc.property(text, text, fc.array(edit, { maxLength: 4 }), (reference, other, edits) => {
        const same = sameTextAs(reference);
        expect(same(other)).toBe(sameByDefinition(reference, other) && Math.abs(other.length - reference.length) <= 4 + Math.max(other.length, reference.length) / 10);
        const edited = variant(reference, edits);
        if (Math.abs(edited.length - reference.length) <= 4 + Math.max(edited.length, reference.length) / 10) {
          expect(same(edited)).toBe(sameByDefinition(reference, edited));
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it('finds a repeated lead that differs in spacing, punctuation and case, and refuses another sentence', () => {
    const same = sameTextAs('Les agents IA seront les premiers clients des stablecoins.');
    expect(same('« les agents IA  seront les premiers clients des stablecoins »')).toBe(true);
    expect(same('Les agents IA seront les derniers clients des stablecoins.')).toBe(false);
    expect(sameTextAs('深潮：比特币上涨。')('深潮 比特币上涨')).toBe(true);
  });
});
