import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, searchFuzzy } from '../../../utils/anchoring/fuzzy';

/** Textbook dynamic-programming edit distance, the reference the bit-parallel version must equal. */
function referenceDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

const smallAlphabet = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'é'), maxLength: 90 });

// Hundreds of generated cases: generous on a shared, busy machine.
describe('approximate matching', { timeout: 30_000 }, () => {
  it('computes the edit distance of any two strings, across 32-character blocks (property)', () => {
    fc.assert(
      fc.property(smallAlphabet, smallAlphabet, (a, b) => {
        expect(editDistance(a, b)).toBe(referenceDistance(a, b));
      }),
      { numRuns: 400 },
    );
  });

  it('finds a quote whose words were edited, with the number of edits', () => {
    const text = 'Le bitcoin pourrait atteindre 150 000 dollars cette année, selon lui.';
    const [match] = searchFuzzy('pourrait atteindre 100 000 dollars', text, 4);
    expect(match).toBeDefined();
    expect(text.slice(match!.start, match!.end)).toBe('pourrait atteindre 150 000 dollars');
    expect(match!.errors).toBe(1);
  });

  it('finds nothing when every place needs more edits than allowed', () => {
    expect(searchFuzzy('compound interest', 'Le bitcoin pourrait atteindre 150 000 dollars', 3)).toEqual([]);
  });

  it('reports each match with its true distance to the text it covers (property)', () => {
    fc.assert(
      fc.property(smallAlphabet, smallAlphabet.filter((p) => p.length > 0), fc.nat({ max: 6 }), (text, pattern, k) => {
        for (const match of searchFuzzy(pattern, text, k)) {
          expect(match.errors).toBeLessThanOrEqual(k);
          expect(referenceDistance(pattern, text.slice(match.start, match.end))).toBe(match.errors);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds a pattern longer than one block planted in text with a few edits (property)', () => {
    fc.assert(
      fc.property(
        smallAlphabet,
        fc.string({ unit: fc.constantFrom('x', 'y', 'z', 'w'), minLength: 40, maxLength: 120 }),
        smallAlphabet,
        fc.array(fc.nat(), { maxLength: 3 }),
        (before, pattern, after, edits) => {
          let planted = pattern;
          for (const at of edits) planted = planted.slice(0, at % planted.length) + 'Q' + planted.slice((at % planted.length) + 1);
          const matches = searchFuzzy(pattern, before + planted + after, 3);
          expect(matches.some((m) => m.start <= before.length + 3 && m.end >= before.length + planted.length - 3)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
