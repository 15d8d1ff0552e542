import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Automaton } from '../../../utils/tagging/automaton';
import { foldString } from '../../../utils/tagging/fold';

function naive(patterns: string[], text: string): string[] {
  const folded = foldString(text);
  const hits: string[] = [];
  for (let start = 0; start < folded.length; start += 1) {
    patterns.forEach((pattern, index) => {
      if (pattern && folded.startsWith(pattern, start)) hits.push(`${index}@${start}`);
    });
  }
  return hits.sort();
}

function viaAutomaton(patterns: string[], text: string): string[] {
  const automaton = Automaton.build(patterns);
  const found = automaton.scan(text);
  const hits: string[] = [];
  for (let i = 0; i < found.length; i += 2) {
    const pattern = found[i] as number;
    hits.push(`${pattern}@${(found[i + 1] as number) - (automaton.patternLengths[pattern] as number)}`);
  }
  return hits.sort();
}

describe('Aho-Corasick automaton', () => {
  it('finds overlapping patterns and patterns that are suffixes of others (he, she, hers)', () => {
    const patterns = ['he', 'she', 'his', 'hers'];
    expect(viaAutomaton(patterns, 'ushers')).toEqual(naive(patterns, 'ushers'));
  });

  it('matches across scripts after folding full-width and case (Ｂase Sepolia, 比特币)', () => {
    const patterns = ['base', 'base sepolia', '比特币', '比特'].map(foldString);
    expect(viaAutomaton(patterns, 'Ｂase Sepolia 比特币 比特率')).toEqual(['0@0', '1@0', '2@13', '3@13', '3@17']);
  });

  it('finds exactly what a naive search finds, for any patterns and text', () => {
    const alphabet = fc.constantFrom('a', 'b', 'A', 'é', '币', '比', ' ', 'Ｂ');
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: alphabet, minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 }),
        fc.string({ unit: alphabet, maxLength: 60 }),
        (raw, text) => {
          const patterns = [...new Set(raw.map(foldString))];
          expect(viaAutomaton(patterns, text)).toEqual(naive(patterns, text));
        },
      ),
      { numRuns: 300 },
    );
  });
});
