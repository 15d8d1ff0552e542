import { describe, expect, it } from 'vitest';
import { CueHits, findCues, FLAGGED_BELOW, FOLD, lexiconFor, RECASED_CODES, WORD_CHAR } from '../../../../utils/tagging/claims/cues';
import type { LexiconLang } from '../../../../utils/tagging/claims/lexicon/types';

function cuesOf(text: string, lang: LexiconLang): string[] {
  const hits = new CueHits();
  findCues(lang, text, 0, text.length, hits);
  return Array.from({ length: hits.count }, (_, k) => text.slice(hits.starts[k], hits.ends[k]));
}

describe('findCues: character flags', () => {
  it('no UTF-16 unit from FLAGGED_BELOW on has a flag in any language, so the scan may skip the flag table there', () => {
    for (const lang of ['en', 'fr', 'zh', 'ja', 'ko', 'vi'] as const) {
      const { charFlags } = lexiconFor(lang);
      const flagged: number[] = [];
      for (let code = FLAGGED_BELOW; code < charFlags.length; code += 1) if (charFlags[code] !== 0) flagged.push(code);
      expect(flagged).toEqual([]);
    }
  });
});

describe('findCues: inflected forms read on folded characters', () => {
  it('every word character lowercases to its folded form on its own, except the recased ones (İ, Σ)', () => {
    const recased = new Set(RECASED_CODES);
    const mismatches: number[] = [];
    for (let code = 0; code < 0x10000; code += 1) {
      if (WORD_CHAR[code] !== 1 || recased.has(code)) continue;
      if (String.fromCharCode(code).toLowerCase() !== String.fromCharCode(FOLD[code] ?? 0)) mismatches.push(code);
    }
    expect(mismatches).toEqual([]);
    for (const code of RECASED_CODES) expect(WORD_CHAR[code]).toBe(1);
  });

  it('inside a word too: a whole word lowercases to its characters’ folded forms unless it holds a recased one', () => {
    const recased = new Set(RECASED_CODES);
    const fold = (word: string) => String.fromCharCode(...Array.from(word, (char) => FOLD[char.charCodeAt(0)] ?? 0));
    const mismatches: string[] = [];
    for (let code = 0; code < 0x10000; code += 1) {
      if (WORD_CHAR[code] !== 1 || recased.has(code)) continue;
      const char = String.fromCharCode(code);
      // Before, between and after letters: where context-dependent casing (final sigma) would show.
      for (const word of [`${char}a`, `Ab${char}`, `a${char}b`, `ΑΒ${char}`]) {
        if (word.toLowerCase() !== fold(word)) mismatches.push(word);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('finds a listed word’s inflected forms in any case ("surging", "SURGED", "Rallies")', () => {
    expect(cuesOf('Prices are surging.', 'en')).toContain('surging');
    expect(cuesOf('BITCOIN SURGED AGAIN.', 'en')).toContain('SURGED');
    expect(cuesOf('Rallies fade.', 'en')).toContain('Rallies');
    expect(cuesOf('Les banques sont effondrées.', 'fr')).toContain('effondrées');
  });

});

describe('findCues: the first-word and form filters of word-boundary lexicons', () => {
  it('no character outside words folds into a word character (a word ends where its folded form does)', () => {
    const leaks: number[] = [];
    for (let code = 0; code < 0x10000; code += 1) {
      if (WORD_CHAR[code] !== 1 && WORD_CHAR[FOLD[code] ?? 0] === 1) leaks.push(code);
    }
    expect(leaks).toEqual([]);
  });

  it('every listed phrase and every inflected form a word can take is still found standing alone', () => {
    const missed: string[] = [];
    for (const lang of ['en', 'fr', 'vi'] as const) {
      const { lexicon } = lexiconFor(lang);
      const phrases = Object.entries(lexicon.entries).filter(([, entry]) => !entry.sense && !entry.blocker).map(([phrase]) => phrase);
      // Forms are matched on whole words: one holding an apostrophe ("'lls") can never be a text word.
      const forms = [...(lexicon.forms?.keys() ?? [])].filter((form) => [...form].every((char) => WORD_CHAR[char.charCodeAt(0)] === 1));
      for (const written of [...phrases, ...forms]) {
        const text = `« ${written} »`;
        const hits = new CueHits();
        findCues(lang, text, 0, text.length, hits);
        if (!Array.from({ length: hits.count }, (_, k) => hits.starts[k]).includes(2)) missed.push(`${lang}:${written}`);
      }
    }
    expect(missed).toEqual([]);
  });
});
