import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Automaton } from '../../../utils/tagging/automaton';
import { foldString } from '../../../utils/tagging/fold';
import { boundaryKinds, mayStartWord, NOT_WORD } from '../../../utils/tagging/script';

/**
 * Every (pattern, start) where the folded pattern occurs as a word, by brute force: a word may start
 * there, and a pattern ending with a word character is not followed by one (even past `to`).
 */
function naive(patterns: string[], text: string, from = 0, to = text.length): string[] {
  const folded = foldString(text);
  const kinds = boundaryKinds();
  const kindAt = (index: number) => (index >= 0 && index < text.length ? (kinds[text.charCodeAt(index)] as number) : NOT_WORD);
  const hits: string[] = [];
  for (let start = from; start < to; start += 1) {
    if (!mayStartWord(kindAt(start - 1), kindAt(start))) continue;
    patterns.forEach((pattern, index) => {
      const end = start + pattern.length;
      if (!pattern || end > to || !folded.startsWith(pattern, start)) return;
      if (kinds[pattern.charCodeAt(pattern.length - 1)] !== NOT_WORD && kindAt(end) !== NOT_WORD) return;
      hits.push(`${index}@${start}`);
    });
  }
  return hits.sort();
}

function viaAutomaton(patterns: string[], text: string, from = 0, to = text.length): string[] {
  const automaton = Automaton.build(patterns);
  const found = automaton.scan(text, from, to);
  const hits: string[] = [];
  for (let i = 0; i < found.length; i += 2) {
    const pattern = found[i] as number;
    hits.push(`${pattern}@${(found[i + 1] as number) - (automaton.patternLengths[pattern] as number)}`);
  }
  return hits.sort();
}

describe('Aho-Corasick automaton', () => {
  it('finds overlapping patterns that stand as words (base, base sepolia) but no suffix starting mid-word (he in she)', () => {
    expect(viaAutomaton(['he', 'she', 'base', 'base sepolia'], 'she: base sepolia')).toEqual(['1@0', '2@5', '3@5']);
  });

  it('matches whole words only: no "he" inside "ushers" or "hers", no "yc" inside "cycle"', () => {
    expect(viaAutomaton(['he', 'yc'], 'ushers hers cycle')).toEqual([]);
    expect(viaAutomaton(['he', 'yc'], 'u-he YC-backed')).toEqual(['0@2', '1@5']);
  });

  it('needs no end boundary after a pattern that ends with punctuation or CJK (inc. → inc.com, 比特 → 比特币)', () => {
    expect(viaAutomaton(['inc.', '比特'], 'inc.com 比特币')).toEqual(['0@0', '1@8']);
  });

  it('lets a name start after a digit glued to it (1,200BTC) but not after a letter or inside a number', () => {
    expect(viaAutomaton(['btc', '200'], '1,200BTC xBTC 1200 200')).toEqual(['0@5', '1@19']);
  });

  it('finds a name glued after a digit inside a word no pattern starts with (ab1btc), and a word that is a pattern with a digit glued inside (1inch2btc)', () => {
    expect(viaAutomaton(['btc'], 'ab1btc x1btc')).toEqual(['0@3', '0@9']);
    expect(viaAutomaton(['1inch2btc', 'btc'], '1inch2btc')).toEqual(['0@0', '1@6']);
  });

  it('skips whole words that no pattern starts with but still finds what follows them (the, base sepolia, 比特币 after Latin)', () => {
    expect(viaAutomaton(['base sepolia', 'sepolia', '比特币'], 'the bases sepolia, based比特币')).toEqual(['1@10', '2@24']);
  });

  it('walks on from a function word only toward the names it starts (the graph, not the gate), and finds a name right after it (the sandbox at the end)', () => {
    expect(viaAutomaton(['the graph', 'graph', 'the sandbox', 'inc.'], 'the gate the graph. The Sandbox, the inc.')).toEqual(['0@9', '1@13', '2@20', '3@37']);
  });

  it('needs no word start inside CJK runs (币安比特币)', () => {
    expect(viaAutomaton(['比特币', '币安'], '币安比特币')).toEqual(['0@2', '1@0']);
  });

  it('matches across scripts after folding full-width and case (Ｂase Sepolia, 比特币)', () => {
    const patterns = ['base', 'base sepolia', '比特币', '比特'].map(foldString);
    expect(viaAutomaton(patterns, 'Ｂase Sepolia 比特币 比特率')).toEqual(['0@0', '1@0', '2@13', '3@13', '3@17']);
  });

  it('finds exactly what a brute-force search finds, for any patterns, text and range', () => {
    const alphabet = fc.constantFrom('a', 'b', 'A', 'é', '1', '币', '比', ' ', '-', 'Ｂ', '２');
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: alphabet, minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 }),
        fc.string({ unit: alphabet, maxLength: 60 }),
        fc.nat(),
        fc.nat(),
        (raw, text, a, b) => {
          const patterns = [...new Set(raw.map(foldString))];
          const from = text.length === 0 ? 0 : a % text.length;
          const to = from + (text.length === 0 ? 0 : b % (text.length - from + 1));
          expect(viaAutomaton(patterns, text, from, to)).toEqual(naive(patterns, text, from, to));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds exactly what a brute-force search finds when patterns use many distinct characters (many nodes share a base + class slot, told apart by their incoming class)', () => {
    // Sixty Latin, digit, CJK and Hangul characters: many classes, so children of different nodes
    // crowd the same stretch of the double array, and a step from any node may land on another's child.
    const units = [...'abcdefghijklmnopqrstuvwxyz0123456789', ...'币比特以太坊链安公司資產社', ...'코인은행거래소', ' ', '-', '.'];
    const alphabet = fc.constantFrom(...units);
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: alphabet, minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 60 }),
        fc.array(fc.nat(), { maxLength: 40 }),
        fc.string({ unit: alphabet, maxLength: 80 }),
        (raw, picks, noise) => {
          const patterns = [...new Set(raw.map(foldString))];
          // Text made of the patterns themselves, glued or spaced, with noise between: most runs have matches.
          const text = picks.map((pick, index) => `${patterns[pick % patterns.length]}${index % 3 === 0 ? ' ' : ''}${noise.slice(index, index + (pick % 4))}`).join('');
          expect(viaAutomaton(patterns, text)).toEqual(naive(patterns, text));
        },
      ),
      { numRuns: 400 },
    );
  });
  it('never loses a match to the skip over characters no pattern starts with, nor to the second-character test at a CJK or punctuation start (single-character patterns, starts at the range end, leaves)', () => {
    // Patterns starting with CJK, `$` and brackets (some one character long, some only a prefix of
    // another), amid long runs of characters that start nothing, so both fast paths run often.
    const starts = [...'比特币以太坊公司社$（(「'];
    const filler = [...'的了是在 ，。x', 'Ｘ'];
    const alphabet = fc.constantFrom(...starts, ...filler, 'a', 'B', '1');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...starts), fc.string({ unit: alphabet, maxLength: 4 })), { minLength: 1, maxLength: 20 }),
        fc.array(fc.tuple(fc.nat(), fc.string({ unit: fc.constantFrom(...filler), maxLength: 12 })), { maxLength: 30 }),
        fc.nat(),
        (raw, picks, cut) => {
          const patterns = [...new Set(raw.map(([first, rest]) => foldString(first + rest)))];
          const text = picks.map(([pick, gap]) => `${gap}${patterns[pick % patterns.length]}`).join('');
          const to = text.length === 0 ? 0 : cut % (text.length + 1);
          expect(viaAutomaton(patterns, text, 0, to)).toEqual(naive(patterns, text, 0, to));
        },
      ),
      { numRuns: 400 },
    );
  });
});
