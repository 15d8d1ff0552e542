/**
 * The bar, on the held-out gold articles (written apart from the tagger; read only in
 * aggregate): entity F1 ≥ 0.95 and claim F1 ≥ 0.85 in every language, speaker attribution ≥ 90 %.
 * Run by `npm test` (unit project) and alone by `npm run test:quality`; prints the numbers, then asserts them.
 */
import { describe, expect, it } from 'vitest';
import { loadGold } from './gold';
import { evaluate, f1, ratio, report } from './quality-report';
import type { Score } from './evaluate';

const ENTITY_F1 = 0.95;
const CLAIM_F1 = 0.85;
const SPEAKER_ACCURACY = 0.9;

describe('tagging quality gate', () => {
  it(`held-out split: entity F1 ≥ ${ENTITY_F1}, claim F1 ≥ ${CLAIM_F1} per language, speaker ≥ ${SPEAKER_ACCURACY * 100} %`, () => {
    const articles = loadGold('heldout');
    expect(articles.length).toBeGreaterThan(0);
    const byLang = evaluate(articles, false);
    report('held-out', byLang);
    const failures: string[] = [];
    for (const [lang, score] of byLang) {
      if (lang === 'all') continue;
      if (f1(score.entity) < ENTITY_F1) failures.push(`${lang} entity F1 ${f1(score.entity).toFixed(3)}`);
      if (f1(score.claim) < CLAIM_F1) failures.push(`${lang} claim F1 ${f1(score.claim).toFixed(3)}`);
    }
    const speaker = (byLang.get('all') as Score).speaker;
    if (speaker.total > 0 && speaker.correct / speaker.total < SPEAKER_ACCURACY) failures.push(`speaker accuracy ${ratio(speaker)}`);
    expect(failures).toEqual([]);
  });
});
