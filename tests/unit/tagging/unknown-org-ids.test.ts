import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { organisationIdPart } from '../../../utils/tagging/unknown-orgs';

/** The id rule as first written: NFKC, lower case, runs of white space and apostrophes as one dash. */
function reference(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s’']+/g, '-');
}

describe('unknown organisation ids', () => {
  it('lower-cases a name and joins its words with one dash (Zorbit  Labs, O’Neil Capital, 星火 科技)', () => {
    expect(organisationIdPart('Zorbit  Labs')).toBe('zorbit-labs');
    expect(organisationIdPart("O'Neil Capital")).toBe('o-neil-capital');
    expect(organisationIdPart('O’Neil Capital')).toBe('o-neil-capital');
    expect(organisationIdPart('星火 科技')).toBe('星火-科技');
  });

  it('gives half-width katakana and full-width Latin their NFKC forms (ﾌﾞﾙｰ → ブルー, Ｚｏｒｂｉｔ → zorbit)', () => {
    expect(organisationIdPart('ﾌﾞﾙｰｼｰﾙﾄﾞ')).toBe('ブルーシールド');
    expect(organisationIdPart('Ｚｏｒｂｉｔ\u3000Labs')).toBe('zorbit-labs');
  });

  it('is the NFKC, lower-case, dashed form of any name, whichever script it mixes', () => {
    const units = [...'AbZz09 \t\'’-.&', ...'比特幣科技', ...'がガヿゟｶﾞ゛\u3099ー・', ...'코인은행', '\u1100', '\u1161', '\u11a8', 'é', 'e\u0301', 'ǅ', 'İ', 'ß', '\u00a0', '\u3000', 'ﬁ', '①', 'Ⅻ'];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...units), maxLength: 24 }), (name) => {
        expect(organisationIdPart(name)).toBe(reference(name));
      }),
      { numRuns: 2000 },
    );
  });
});
