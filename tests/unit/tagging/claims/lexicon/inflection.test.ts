import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../../../utils/tagging/claims';
import { en } from '../../../../../utils/tagging/claims/lexicon/en';
import { fr } from '../../../../../utils/tagging/claims/lexicon/fr';
import { englishBases, englishForms, frenchBases, frenchForms, inflectedForms } from '../../../../../utils/tagging/claims/lexicon/inflection';
import type { CueEntry } from '../../../../../utils/tagging/claims/lexicon/types';

const GOLD_DIR = fileURLToPath(new URL('../../../../fixtures/gold/dev', import.meta.url));

function claimsOf(text: string, lang: string) {
  return findClaims(text, { lang, entities: [] });
}

describe('inflection: base forms', () => {
  it('reduces English -s, -es, -ies, -ed, -ing forms, doubled consonants included', () => {
    expect(englishBases('underperformed')).toContain('underperform');
    expect(englishBases('rallies')).toContain('rally');
    expect(englishBases('slipping')).toContain('slip');
    expect(englishBases('liquidates')).toContain('liquidate');
  });

  it('reduces French feminine and plural agreement to the masculine singular', () => {
    expect(frenchBases('effondrée')).toContain('effondré');
    expect(frenchBases('spéculatives')).toContain('spéculatif');
    expect(frenchBases('sérieuses')).toContain('sérieux');
    expect(frenchBases('cruciaux')).toContain('crucial');
  });
});

describe('inflection: cues in their inflected forms', () => {
  it('an English cue listed once counts in its other forms ("outperforming", stance kept)', () => {
    const [claim] = claimsOf('Ethereum is outperforming its peers.', 'en');
    expect(claim?.cue).toBe('outperforming');
    expect(claim?.stance).toBe('bullish');
  });

  it('a French adjective listed in the masculine counts when it agrees ("significatifs")', () => {
    expect(claimsOf('Les écarts restent significatifs.', 'fr')[0]?.cue).toBe('significatifs');
  });

  it('a capitalised month or weekday dates an event ("on Thursday"); the adjective "august" does not', () => {
    expect(claimsOf('The hearing takes place on Thursday.', 'en')[0]?.cue).toBe('Thursday');
    expect(claimsOf('The society is an august institution.', 'en')).toEqual([]);
  });
});

/** The base-by-base look-up the precomputed forms stand for: try each base in order, keep the first listed word. */
function lookUpByBases(entries: Record<string, CueEntry>, basesOf: (word: string) => string[]): (word: string) => CueEntry | undefined {
  const words = new Map(Object.entries(entries).filter(([phrase, entry]) => !phrase.includes(' ') && !entry.sense && !entry.blocker && (entry.evidence || entry.polarity)));
  return (word) => basesOf(word).map((base) => (base.length >= 3 ? words.get(base) : undefined)).find(Boolean);
}

describe('inflection: forms worked out in advance give what the base rules give', () => {
  const goldWords = readdirSync(GOLD_DIR)
    .filter((file) => file.endsWith('.gold.txt'))
    .flatMap((file) => readFileSync(join(GOLD_DIR, file), 'utf8').toLowerCase().split(/[^\p{L}'’-]+/u));
  const cases: Array<[string, Record<string, CueEntry>, (word: string) => string[], (base: string) => string[]]> = [
    ['English', en.entries, englishBases, englishForms],
    ['French', fr.entries, frenchBases, frenchForms],
  ];

  it.each(cases)('%s: every word of the dev gold texts and every listed word with any ending', (_name, entries, basesOf, formsOf) => {
    const forms = inflectedForms(entries, basesOf, formsOf);
    const precomputed = (word: string) => forms.get(word);
    const reference = lookUpByBases(entries, basesOf);
    let found = 0;
    for (const word of goldWords) {
      expect(precomputed(word)).toBe(reference(word));
      if (reference(word)) found += 1;
    }
    expect(found).toBeGreaterThan(0);
    const listed = Object.keys(entries).filter((phrase) => !phrase.includes(' '));
    const endings = ['s', 'es', 'ed', 'd', 'ing', 'ies', 'ied', 'e', 'ée', 'ées', 'és', 'ives', 'ive', 'ifs', 'euses', 'euse', 'elles', 'elle', 'aux', 'ss', 'sed'];
    fc.assert(
      fc.property(fc.constantFrom(...listed), fc.nat(3), fc.constantFrom(...endings), (word, cut, ending) => {
        const form = word.slice(0, Math.max(1, word.length - cut)) + ending;
        expect(precomputed(form)).toBe(reference(form));
      }),
      { numRuns: 3000 },
    );
  });
});
