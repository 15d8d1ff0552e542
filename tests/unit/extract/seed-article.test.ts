import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractedFixture } from './helpers';

/** The real French TechFlow article (copied from shared/seeds) the fixture page was built from. */
const seedLines = readFileSync(new URL('../../fixtures/seeds/fr-keynote-ai-crypto.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.replace(/\s+/g, ' ').trim())
  .filter(Boolean);

describe('the seed article (fr-FR keynote by Zeng Ming)', () => {
  const article = extractedFixture('fr-FR-keynote');
  const title = seedLines[0]!;
  const lead = seedLines[3]!;
  const footerAt = seedLines.indexOf('Bienvenue dans la communauté officielle TechFlow');
  const bodyLines = seedLines.slice(4, footerAt);

  it('has the seed title and lead', () => {
    expect(article.title).toBe(title);
    expect(article.lead).toBe(lead);
    expect(article.lang).toBe('fr');
  });

  it('keeps every paragraph of the speech, in order, and nothing else after the lead', () => {
    expect(article.blocks.map((block) => block.text)).toEqual([lead, ...bodyLines]);
  });

  it('drops the branding and the footer lines the seed shows', () => {
    expect(footerAt).toBeGreaterThan(0);
    for (const line of ['TechFlow Sélection', ...seedLines.slice(footerAt)]) expect(article.text).not.toContain(line);
  });

  it('does not take "Voici l\'intégralité du discours :" for a speaker', () => {
    expect(article.blocks.some((block) => block.type === 'speaker-label' || block.speaker !== undefined)).toBe(false);
    expect(article.blocks.find((block) => block.text === "Voici l'intégralité du discours :")?.type).toBe('paragraph');
  });
});
