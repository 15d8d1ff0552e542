import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../../../utils/tagging/claims';
import { englishBases, frenchBases } from '../../../../../utils/tagging/claims/lexicon/inflection';

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
