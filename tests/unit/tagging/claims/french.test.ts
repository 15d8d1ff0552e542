import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../../utils/tagging/claims';

function texts(body: string): string[] {
  return findClaims(`Titre\n\n${body}`, { lang: 'fr', entities: [] }).map((claim) => claim.text);
}

describe('French claims', () => {
  it('a month after "en", "début" or "fin" dates an event ("publié en juillet"); "mars" alone does not', () => {
    expect(texts('L’autorité a diffusé en juillet une mise en garde aux émetteurs.')).toHaveLength(1);
    expect(texts('La sonde se dirige vers Mars depuis longtemps.')).toEqual([]);
  });

  it('approximate counts and licensing events are check-worthy facts (une dizaine d’agréments, a obtenu sa licence)', () => {
    expect(texts('En France, l’autorité a délivré une dizaine d’agréments.')).toHaveLength(1);
    expect(texts('La plateforme a obtenu sa licence au Luxembourg.')).toHaveLength(1);
  });

  it('judgements of degree and soundness are claims (assez sévère, encore plus spéculatif, un bon exemple)', () => {
    expect(texts('L’autorité s’est montrée assez sévère avec ces émetteurs.')).toHaveLength(1);
    expect(texts('Oui, et c’est encore plus spéculatif.')).toHaveLength(1);
    expect(texts('Ce rachat est un bon exemple de cette consolidation.')).toHaveLength(1);
  });

  it('an agreeing participle of a listed move counts ("s’est effondrée")', () => {
    expect(texts('La prime de ces sociétés s’est effondrée depuis l’été.')).toHaveLength(1);
  });

  it('"hausser le ton" is no price rise, and "reste à savoir si" is an open question', () => {
    expect(texts('Le régulateur hausse le ton.')).toEqual([]);
    expect(texts('Reste à savoir si Bruxelles suivra Paris.')).toEqual([]);
  });
});
